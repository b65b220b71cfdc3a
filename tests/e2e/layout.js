// For each element matching the selector: is it wider than its box (its content overflows it,
// or it sticks out of its parent), and is a word in it broken across two lines (not after a
// hyphen or slash)? Returns one line per problem.
(selector) => {
  const problems = [];
  const describe = (el) => {
    const text = (el.innerText || el.textContent || "").trim().replace(/\s+/g, " ").slice(0, 40);
    return `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : ""} "${text}"`;
  };
  const visible = (el) => {
    const style = getComputedStyle(el);
    return style.display !== "none" && style.visibility !== "hidden" && el.getClientRects().length;
  };
  const scrolls = (el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX);
  const lineOf = (node, i) => {
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const rects = range.getClientRects();
    return rects.length ? Math.round(rects[0].top) : null;
  };
  const brokenWords = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const words = /\S+/g;
    let node;
    while ((node = walker.nextNode())) {
      if (!node.parentElement || !visible(node.parentElement)) continue;
      if (node.parentElement instanceof SVGElement) continue;
      let match;
      while ((match = words.exec(node.data))) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size < 2) continue;
        let previous = lineOf(node, match.index);
        for (let i = 1; i < match[0].length; i++) {
          const line = lineOf(node, match.index + i);
          if (line !== null && previous !== null && line > previous + 2) {
            if (!"-/–".includes(match[0][i - 1])) {
              problems.push(`woord gebroken: "${match[0].slice(0, i)}|${match[0].slice(i)}" in ${describe(node.parentElement)}`);
              break;
            }
          }
          if (line !== null) previous = line;
        }
      }
    }
  };
  for (const root of document.querySelectorAll(selector)) {
    if (!visible(root)) continue;
    for (const el of [root, ...root.querySelectorAll("*")]) {
      if (!visible(el) || el.closest(".visually-hidden")) continue;
      // Inside an SVG picture nothing flows: it is drawn in the viewBox's coordinates and scaled
      // with its <svg>, which is checked as a box like any other element.
      if (el instanceof SVGElement && !(el instanceof SVGSVGElement)) continue;
      if (el.scrollWidth > el.clientWidth + 1 && !scrolls(el) && el.clientWidth > 0
          && getComputedStyle(el).display !== "inline") {
        problems.push(`breder dan zijn vak (${el.scrollWidth} > ${el.clientWidth}): ${describe(el)}`);
      }
      const parent = el.parentElement;
      if (parent && el !== root) {
        const box = parent.getBoundingClientRect(), own = el.getBoundingClientRect();
        if (own.right > box.right + 1 && !scrolls(parent) && getComputedStyle(el).position !== "absolute") {
          problems.push(`steekt buiten ${describe(parent)}: ${describe(el)}`);
        }
      }
    }
    brokenWords(root);
  }
  return [...new Set(problems)];
}
