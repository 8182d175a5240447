// A person's own text carries its language, and a note names it when it is not the page's.
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OwnText, WrittenIn } from "@/components/ui/written-in";
import { messagesFor } from "@/lib/i18n/messages";

// createElement without its overloads' typing of children: these tests pass children as arguments.
const h = createElement as (type: unknown, props?: object | null, ...children: unknown[]) => ReactElement;

function render(element: ReactElement, locale: "en" | "fr"): string {
  return renderToStaticMarkup(
    h(NextIntlClientProvider, { locale, messages: messagesFor(locale), timeZone: "UTC", children: element }),
  );
}

describe("WrittenIn", () => {
  it("says nothing when the text is in the page's language, or its language is unknown", () => {
    expect(render(h(WrittenIn, { lang: "en" }), "en")).toBe("");
    expect(render(h(WrittenIn, { lang: "fr" }), "fr")).toBe("");
    expect(render(h(WrittenIn, { lang: null }), "fr")).toBe("");
  });

  it("names the text's language in the page's language when they differ", () => {
    expect(render(h(WrittenIn, { lang: "fr" }), "en")).toBe(
      '<p class="text-xs italic text-slate-600" data-written-in="fr">Written in French</p>',
    );
    expect(render(h(WrittenIn, { lang: "en" }), "fr")).toContain(">Rédigé en anglais</p>");
  });
});

describe("OwnText", () => {
  it("marks the element holding the text with its language, the note outside it", () => {
    const html = render(h(OwnText, { lang: "fr", as: "blockquote", className: "quote" }, "Renforcer l’équipe"), "en");
    expect(html).toBe(
      '<blockquote lang="fr" class="quote">Renforcer l’équipe</blockquote>' +
        '<p class="text-xs italic text-slate-600 mt-1" data-written-in="fr">Written in French</p>',
    );
  });

  it("still carries lang, without a note, when the text is in the page's language", () => {
    const html = render(h(OwnText, { lang: "en" }, "Lead the team"), "en");
    expect(html).toBe('<p lang="en">Lead the team</p>');
  });

  it("carries no lang when the language is unknown", () => {
    expect(render(h(OwnText, { lang: null }, "Text"), "fr")).toBe("<p>Text</p>");
  });
});
