// The UI primitives (components/ui) wire their accessibility attributes themselves: these tests
// render them to HTML and read the attributes a screen reader relies on.
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { UseFormRegister } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceList } from "@/components/ui/choices";
import { ConfirmDialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { Cell, Row, RowHeader, Table } from "@/components/ui/table";
import { messagesFor } from "@/lib/i18n/messages";

// createElement without its overloads' typing of children: these tests pass children as arguments.
const h = createElement as (type: unknown, props?: object | null, ...children: unknown[]) => ReactElement;

const en = messagesFor("en");
const fr = messagesFor("fr");

function render(element: ReactElement, locale: "en" | "fr" = "en"): Document {
  const html = renderToStaticMarkup(
    h(NextIntlClientProvider, {
      locale,
      messages: messagesFor(locale),
      timeZone: "UTC",
      children: element,
    }),
  );
  return parse(html);
}

type Node = { tag: string; attrs: Record<string, string>; children: (Node | string)[] };
type Document = {
  all(tag: string): Node[];
  one(tag: string): Node;
  text(node: Node): string;
};

/** Just enough of a DOM for these tests (React's static markup is well formed): elements by tag, attributes, text. */
function parse(html: string): Document {
  const root: Node = { tag: "#root", attrs: {}, children: [] };
  const stack = [root];
  const voids = new Set(["input", "br", "img", "hr", "meta", "link"]);
  for (const token of html.match(/<[^>]+>|[^<]+/g) ?? []) {
    if (token.startsWith("</")) stack.pop();
    else if (token.startsWith("<")) {
      const [, tag, rest] = /^<([a-zA-Z0-9-]+)(.*?)\/?>$/s.exec(token)!;
      const attrs: Record<string, string> = {};
      for (const [, name, value] of rest.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) attrs[name] = value ?? "";
      const node: Node = { tag, attrs, children: [] };
      stack.at(-1)!.children.push(node);
      if (!voids.has(tag) && !token.endsWith("/>")) stack.push(node);
    } else
      stack.at(-1)!.children.push(
        token
          .replace(/&amp;/g, "&")
          .replace(/&quot;/g, '"')
          .replace(/&#x27;/g, "'"),
      );
  }
  const all = (tag: string, from: Node = root): Node[] =>
    from.children.flatMap((c) => (typeof c === "string" ? [] : [...(c.tag === tag ? [c] : []), ...all(tag, c)]));
  const text = (node: Node): string => node.children.map((c) => (typeof c === "string" ? c : text(c))).join("");
  return {
    all: (tag) => all(tag),
    one: (tag) => {
      const found = all(tag);
      if (found.length !== 1) throw new Error(`${found.length} <${tag}> elements, expected one`);
      return found[0];
    },
    text,
  };
}

const register = ((name: string) => ({
  name,
  onChange: async () => {},
  onBlur: async () => {},
  ref: () => {},
})) as unknown as UseFormRegister<{ choice: string }>;

describe("TextField", () => {
  it("labels its input and points to its hint; an input without a problem is not invalid", () => {
    const doc = render(h(TextField, { id: "name", label: "Name", hint: "As on your badge", name: "name" }));
    const input = doc.one("input");
    expect(doc.one("label").attrs.for).toBe("name");
    expect(input.attrs.id).toBe("name");
    expect(input.attrs["aria-describedby"]).toBe("name-hint");
    expect(input.attrs["aria-invalid"]).toBeUndefined();
    expect(doc.text(doc.all("p").find((p) => p.attrs.id === "name-hint")!)).toBe("As on your badge");
  });

  it("translates a validation message (a key of the errors catalogue) and marks the input invalid", () => {
    const doc = render(h(TextField, { id: "bio", label: "Bio", error: "textTooLong" }), "fr");
    const input = doc.one("input");
    expect(input.attrs["aria-invalid"]).toBe("true");
    expect(input.attrs["aria-describedby"]).toBe("bio-error");
    const message = doc.all("p").find((p) => p.attrs.id === "bio-error")!;
    expect(doc.text(message)).toBe(fr.errors.textTooLong);
  });

  it("shows a refusal from the server as it came, and an unknown key as the generic message", () => {
    const server = render(
      h(TextField, { id: "slug", label: "Address", error: { type: "server", message: "Taken already." } }),
    );
    expect(server.text(server.all("p").find((p) => p.attrs.id === "slug-error")!)).toBe("Taken already.");
    const unknown = render(h(TextField, { id: "slug", label: "Address", error: { message: "Too small" } }));
    expect(unknown.text(unknown.all("p").find((p) => p.attrs.id === "slug-error")!)).toBe(en.errors.invalidInput);
  });
});

describe("SelectField", () => {
  it("offers an empty first choice when given a placeholder, then the options", () => {
    const doc = render(
      h(SelectField, {
        id: "station",
        label: "Duty station",
        placeholder: "Any",
        options: [
          { value: "GVA", label: "Geneva" },
          { value: "NBO", label: "Nairobi" },
        ],
      }),
    );
    const options = doc.all("option");
    expect(options.map((o) => o.attrs.value)).toEqual(["", "GVA", "NBO"]);
    expect(options.map((o) => doc.text(o))).toEqual(["Any", "Geneva", "Nairobi"]);
    expect(doc.one("select").attrs.id).toBe("station");
  });
});

describe("ChoiceList", () => {
  it("puts the invalid state and the message on the fieldset, not on each radio button", () => {
    const doc = render(
      h(ChoiceList<{ choice: string }>, {
        type: "radio",
        legend: "Availability",
        name: "choice",
        register,
        error: "invalidInput",
        options: [
          { value: "open", label: "Open" },
          { value: "paused", label: "Paused" },
        ],
      }),
    );
    const fieldset = doc.one("fieldset");
    expect(fieldset.attrs["aria-invalid"]).toBe("true");
    expect(fieldset.attrs["aria-describedby"]).toBe("choice-error");
    expect(doc.text(doc.one("legend"))).toBe("Availability");
    const radios = doc.all("input");
    expect(radios).toHaveLength(2);
    for (const radio of radios) {
      expect(radio.attrs.type).toBe("radio");
      expect(radio.attrs["aria-invalid"]).toBeUndefined();
    }
  });
});

describe("Alert", () => {
  it("announces errors at once and successes politely; information needs no live region", () => {
    expect(render(h(Alert, { tone: "error" }, "Refused.")).one("div").attrs.role).toBe("alert");
    expect(render(h(Alert, { tone: "success" }, "Saved.")).one("div").attrs.role).toBe("status");
    expect(render(h(Alert, { tone: "info" }, "Note.")).one("div").attrs.role).toBeUndefined();
    expect(render(h(Alert, { tone: "warning", role: "status" }, "Full.")).one("div").attrs.role).toBe("status");
  });

  it("renders nothing without a message", () => {
    expect(render(h(Alert, { tone: "error" }, undefined)).all("div")).toHaveLength(0);
    expect(render(h(Alert, { tone: "error" }, "")).all("div")).toHaveLength(0);
  });
});

describe("Button", () => {
  it("is a plain button unless told to submit, and disabled with its pending label while the action runs", () => {
    const idle = render(h(Button, { pendingLabel: "Saving…" }, "Save")).one("button");
    expect(idle.attrs.type).toBe("button");
    expect(idle.attrs.disabled).toBeUndefined();
    const doc = render(h(Button, { type: "submit", pending: true, pendingLabel: "Saving…" }, "Save"));
    const busy = doc.one("button");
    expect(busy.attrs.type).toBe("submit");
    expect(busy.attrs.disabled).toBe("");
    expect(doc.text(busy)).toBe("Saving…");
  });
});

describe("Table", () => {
  it("is named by its caption, scopes its header cells and its row headers", () => {
    const doc = render(
      h(
        Table,
        { caption: "Cohorts", captionHidden: true, columns: ["Cohort", { label: "Actions", hidden: true }] },
        h(Row, null, h(RowHeader, null, "Autumn"), h(Cell, null, "Edit")),
      ),
    );
    expect(doc.text(doc.one("caption"))).toBe("Cohorts");
    expect(doc.one("caption").attrs.class).toBe("sr-only");
    const headers = doc.all("th");
    expect(headers.map((h) => h.attrs.scope)).toEqual(["col", "col", "row"]);
    expect(doc.text(headers[1])).toBe("Actions");
    expect(doc.one("div").attrs.class).toContain("overflow-x-auto");
  });
});

describe("ConfirmDialog", () => {
  it("renders nothing while closed", () => {
    const doc = render(
      h(
        ConfirmDialog,
        {
          open: false,
          onCancel: () => {},
          onConfirm: () => {},
          confirmLabel: "Withdraw",
          cancelLabel: "Keep",
        },
        "Withdraw from the cohort?",
      ),
    );
    expect(doc.all("dialog")).toHaveLength(0);
  });
});
