// Tabs (WAI-ARIA tabs pattern): a [role=tablist] of <button role=tab data-tab=…> whose
// aria-controls name their panels. Click or arrow keys select; only the selected tab is in the
// tab order. The selected tab's data-tab is the tablist's value (state.ts keeps it in the URL).

function tabsOf(list: HTMLElement): HTMLButtonElement[] {
  return [...list.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
}

/** The value of a tablist: its selected tab's data-tab. */
export function selectedTab(list: HTMLElement): string {
  const tab = tabsOf(list).find((t) => t.getAttribute('aria-selected') === 'true') ?? tabsOf(list)[0];
  return tab?.dataset.tab ?? '';
}

/** Selects the tab whose data-tab is `value` (unknown values are ignored) and shows its panel. */
export function selectTab(list: HTMLElement, value: string): void {
  const tabs = tabsOf(list);
  if (!tabs.some((t) => t.dataset.tab === value)) return;
  for (const t of tabs) {
    const on = t.dataset.tab === value;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    const panel = (list.getRootNode() as Document | ShadowRoot).getElementById(t.getAttribute('aria-controls') ?? '');
    if (panel) panel.hidden = !on;
  }
}

/** Wires clicks and the keyboard (←/→, Home/End); `changed` runs after every new selection. */
export function initTabs(list: HTMLElement, changed: () => void): void {
  selectTab(list, selectedTab(list));
  const choose = (tab: HTMLButtonElement, focus: boolean): void => {
    const before = selectedTab(list);
    selectTab(list, tab.dataset.tab ?? '');
    if (focus) tab.focus();
    if (selectedTab(list) !== before) changed();
  };
  for (const tab of tabsOf(list)) tab.addEventListener('click', () => choose(tab, false));
  list.addEventListener('keydown', (e) => {
    const tabs = tabsOf(list);
    // In a shadow root the document's activeElement is the host: ask the tab list's own root.
    const at = tabs.indexOf((list.getRootNode() as Document | ShadowRoot).activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? (at + 1) % tabs.length
      : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? (at - 1 + tabs.length) % tabs.length
        : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    choose(tabs[next], true);
  });
}
