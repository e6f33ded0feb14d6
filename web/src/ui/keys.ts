/** Whether a key event belongs to text being typed (then single-key shortcuts stay out of the way). */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  if (el.isContentEditable) return true;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  if (el.tagName !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
}

/** On a multi-line box, where Enter makes a new line: Ctrl/⌘+Enter submits its form. */
export function saveOnCtrlEnter(e: { key: string; ctrlKey: boolean; metaKey: boolean; currentTarget: HTMLTextAreaElement }): void {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) e.currentTarget.form?.requestSubmit();
}
