import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { NAV_ITEMS } from "@/lib/domain/navigation";
import { ROLES } from "@/lib/domain/roles";

function flatten(node: unknown, prefix = ""): Record<string, string> {
  if (typeof node === "string") return { [prefix]: node };
  return Object.entries(node as Record<string, unknown>).reduce(
    (acc, [k, v]) => ({ ...acc, ...flatten(v, prefix ? `${prefix}.${k}` : k) }),
    {} as Record<string, string>,
  );
}

/** The ICU arguments a message uses ({name}, {count, plural, …}), read by the ICU parser itself. */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type !== TYPE.literal && "value" in element && typeof element.value === "string")
        found.add(element.value); // arguments, and the names of rich-text tags
      if ("options" in element)
        for (const option of Object.values(element.options)) walk(option.value as MessageFormatElement[]);
      if ("children" in element) walk(element.children);
    }
  };
  walk(parse(message));
  return [...found].sort();
}

const enKeys = flatten(en);
const frKeys = flatten(fr);

describe("English and French catalogues", () => {
  it("have exactly the same keys", () => {
    expect(Object.keys(frKeys).filter((k) => !(k in enKeys))).toEqual([]);
    expect(Object.keys(enKeys).filter((k) => !(k in frKeys))).toEqual([]);
  });

  it("use the same placeholders in both languages", () => {
    for (const key of Object.keys(enKeys))
      expect(argumentsOf(frKeys[key] ?? ""), key).toEqual(argumentsOf(enKeys[key]));
  });

  it("have no empty message", () => {
    for (const [key, value] of [...Object.entries(enKeys), ...Object.entries(frKeys)])
      expect(value.trim(), key).not.toBe("");
  });

  it("name every role and every navigation item", () => {
    for (const role of ROLES) expect(enKeys[`roles.${role}`] && frKeys[`roles.${role}`], role).toBeTruthy();
    for (const item of NAV_ITEMS)
      expect(enKeys[`nav.${item.labelKey}`] && frKeys[`nav.${item.labelKey}`], item.href).toBeTruthy();
  });
});
