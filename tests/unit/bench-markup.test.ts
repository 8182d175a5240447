// The page benchmark renders, on the bare framework, the markup a page of Binôme sent
// (scripts/bench-floor.ts): the elements made from that HTML must render the same HTML again, or
// the framework's share it measures would be of another page.
import { createElement, Fragment, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { markupTree, type MarkupNode } from "../../scripts/bench-floor";

const element = (node: MarkupNode): ReactNode =>
  typeof node === "string" ? node : createElement(node[0], node[1], ...node[2].map(element));

/** A page as React sends it: the body's elements, then the framework's scripts. */
function page(body: ReactNode) {
  return `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/></head><body>${renderToStaticMarkup(body)}<script>self.__next_f.push([1,"payload"])</script></body></html>`;
}

const form = createElement(
  "form",
  { method: "get", action: "/coaches", role: "search", "aria-label": "Filters" },
  createElement("label", { htmlFor: "q", className: "block text-sm" }, "Search"),
  createElement("input", { id: "q", name: "q", type: "search", defaultValue: "négo & co", maxLength: 100 }),
  createElement("input", { type: "checkbox", name: "free", value: "1", defaultChecked: true }),
  createElement(
    "select",
    { id: "entity", name: "entity", defaultValue: "OCHA" },
    createElement("option", { value: "" }, "Any"),
    createElement(
      "optgroup",
      { label: "Given" },
      createElement("option", { value: "OCHA" }, "OCHA", " — ", "Humanitarian"),
    ),
  ),
  createElement("textarea", { name: "note", defaultValue: "line <one>" }),
  createElement(
    "p",
    { hidden: true, style: { marginTop: "4px", "--dots": 3 } as object, "data-testid": "x" },
    "3 ",
    "places",
  ),
  createElement(
    "svg",
    { viewBox: "0 0 10 10", "aria-hidden": "true" },
    createElement("path", { strokeWidth: 2, d: "M0 0" }),
  ),
  createElement("a", { href: "/coaches/1", tabIndex: -1 }, "Profile"),
);

describe("the markup of a page for the bare framework", () => {
  it("renders the same body again, without the framework's scripts", () => {
    const tree = markupTree(page(createElement(Fragment, null, createElement("main", null, form))));
    expect(renderToStaticMarkup(createElement(Fragment, null, ...tree.map(element)))).toBe(
      renderToStaticMarkup(createElement("main", null, form)),
    );
    expect(JSON.stringify(tree)).not.toContain("__next_f");
  });

  it("gives the selected option to its select, as React props", () => {
    const [main] = markupTree(page(createElement("main", null, form)));
    const select = JSON.stringify(main).match(/\["select",(\{[^}]*\})/)?.[1];
    expect(JSON.parse(select!)).toEqual({ id: "entity", name: "entity", defaultValue: "OCHA" });
  });

  it("takes the elements of HTML without a document around them", () => {
    expect(markupTree("<p>only<!-- --> one</p>")).toEqual([["p", {}, ["only", " one"]]]);
  });
});
