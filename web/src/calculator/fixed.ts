// An embedder's `fields`: only the listed inputs are shown; the others keep their values (the
// defaults, or what the URL or `values` gave) and are hidden, and so are groups left with nothing
// to show. Hidden by data-fixed, not by `hidden`, so the products' own showing and hiding of inputs
// is untouched; an error at a fixed input is said in the banner (fields.ts isShown).

export function fixFields(panel: HTMLElement, shown: string[]): void {
  const keep = new Set(shown);
  for (const c of panel.querySelectorAll<HTMLElement>('input[id], select[id], textarea[id]')) {
    const field = c.closest<HTMLElement>('.field');
    if (field && !keep.has(c.id)) field.dataset.fixed = '';
  }
  for (const list of panel.querySelectorAll<HTMLElement>('[role="tablist"][id]')) {
    if (!keep.has(list.id)) list.dataset.fixed = '';
  }
  // Innermost first, so that a section emptied by its grids is seen as empty too.
  const boxes = [...panel.querySelectorAll<HTMLElement>('.grid, .group, .tabpanel')].reverse();
  for (const box of boxes) {
    const open = [...box.querySelectorAll<HTMLElement>('.field, [role="tablist"]')].some((f) => f.dataset.fixed === undefined);
    if (!open) box.dataset.fixed = '';
  }
}
