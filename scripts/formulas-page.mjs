// dist/formulas.html from docs/formulas.md, by markdown-it: raw HTML in the Markdown escaped, no
// inline style (a table column's alignment becomes a class), links to other repository files
// shown as text (they are not in dist/). The page takes style.css and explain.css, nothing else.
import MarkdownIt from 'markdown-it';
import { readFileSync } from 'node:fs';

export function formulasPage(markdown) {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  // A relative link (docs/scenario.md, ../shared/…) has no page in dist/: its text stays, the link goes.
  const dropped = new WeakSet();
  const defaultOpen = md.renderer.rules.link_open ?? ((t, i, o, e, self) => self.renderToken(t, i, o));
  const defaultClose = md.renderer.rules.link_close ?? ((t, i, o, e, self) => self.renderToken(t, i, o));
  md.renderer.rules.link_open = (tokens, i, options, env, self) => {
    const href = tokens[i].attrGet('href') ?? '';
    if (!/^https?:\/\//.test(href) && !href.startsWith('#')) {
      // Its close is the next link_close at the same level.
      const close = tokens.slice(i).find((t) => t.type === 'link_close' && t.level === tokens[i].level);
      if (close) dropped.add(close);
      return '';
    }
    tokens[i].attrSet('rel', 'noopener noreferrer');
    return defaultOpen(tokens, i, options, env, self);
  };
  md.renderer.rules.link_close = (tokens, i, options, env, self) => (dropped.has(tokens[i]) ? '' : defaultClose(tokens, i, options, env, self));
  const body = md.render(markdown).replace(/ style="text-align:(left|right|center)"/g, ' class="align-$1"');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Formulas and sources — isomargin</title>
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="style.css">
<link rel="stylesheet" href="explain.css">
<link rel="stylesheet" href="dark.css" media="(prefers-color-scheme: dark)">
</head>
<body class="formulas">
<header class="site-header">
  <p><a href="index.html">The calculator</a> · <a href="guide.html">Isolated margin, explained</a></p>
  <p>The reference of the formulas as isomargin’s core computes them, with their published sources. Each number on the calculator’s pages shows its own formula with your values under “why?”.</p>
</header>
<main class="formulas-main">
${body}</main>
</body>
</html>
`;
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(formulasPage(readFileSync('docs/formulas.md', 'utf8')));
