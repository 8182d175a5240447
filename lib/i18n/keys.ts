// Catalogue keys as types. messages/en.json is the reference (tests/unit/catalogues.test.ts keeps
// the French catalogue's keys the same), and global.d.ts gives its type to next-intl, so every
// t("…") is checked against it when the project is type-checked.
import type { MessageKeys, NestedKeyOf } from "next-intl";
import type { Messages } from "./messages";

/** The dotted keys of the messages (strings, not sub-namespaces) in a part of the catalogue. */
export type MessageKey<Part> = MessageKeys<Part, NestedKeyOf<Part>>;

/** A key of the "errors" namespace: what a refusal (DomainError) or a form's validation shows. */
export type ErrorKey = MessageKey<Messages["errors"]>;

/** What next-intl's translators (useTranslations, getTranslations, createTranslator) offer to test a key. */
type KeyCheck<Key extends string> = { has(key: Key): boolean };

/**
 * A catalogue key built at run time from data (a validation message, a session step's key): the
 * key itself when the translator's namespace has it, else `fallback` (undefined when none is
 * given). The one place where a string becomes a typed key, after next-intl has checked that the
 * catalogue holds it.
 */
export function knownKey<Key extends string>(t: KeyCheck<Key>, key: string): Key | undefined;
export function knownKey<Key extends string>(t: KeyCheck<Key>, key: string, fallback: NoInfer<Key>): Key;
export function knownKey<Key extends string>(t: KeyCheck<Key>, key: string, fallback?: Key): Key | undefined {
  return t.has(key as Key) ? (key as Key) : fallback;
}

/** Any next-intl translator, whatever its namespace (only `has` is named, so no key union is built). */
type AnyTranslator = { has(key: never): boolean };

/**
 * The message of a key known only at run time (a session plan's step text, built from data), or
 * null when the translator's namespace has no such key. Unlike `t(knownKey(t, key)!)`, it never
 * makes TypeScript expand the namespace's whole key union into the call, so its cost stays the
 * same however large the catalogue grows; the check is next-intl's own `has`, at run time.
 */
export function messageOrNull(t: AnyTranslator, key: string): string | null {
  const translate = t as unknown as { (key: string): string; has(key: string): boolean };
  return translate.has(key) ? translate(key) : null;
}
