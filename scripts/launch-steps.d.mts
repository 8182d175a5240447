// Types of scripts/launch-steps.mjs (plain JavaScript: it runs before the packages are installed).
export function runStartedAt(now?: number): number;
export function recordRunStart(startedAt: number): void;
export function clock(ms: number): string;
export function duration(ms: number): string;
export function step(what: string, startedAt?: number, log?: (line: string) => void): (result?: string) => void;
