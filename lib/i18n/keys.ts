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
