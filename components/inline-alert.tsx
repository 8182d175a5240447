"use client";

export function InlineAlert({ text }: { text?: string }) {
  return text ? (
    <p role="alert" className="mt-2 rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {text}
    </p>
  ) : null;
}
