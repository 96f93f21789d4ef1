/**
 * The counter's keyboard: a barcode scanner types characters + Enter anywhere on the screen, and
 * the function keys start every step. Typing into a field or a dialog is left alone (the search
 * box takes its own codes).
 */
import { useEffect, useRef } from 'react';

/** Keys are "F2", "shift+F10", "ArrowUp", "+", "Delete" … */
export type KeyMap = Record<string, () => void>;

const IDLE_RESET_MS = 1500;

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function keyName(event: KeyboardEvent): string {
  return `${event.shiftKey && event.key.length > 1 ? 'shift+' : ''}${event.ctrlKey ? 'ctrl+' : ''}${event.key}`;
}

export function useCounterKeys({ enabled, keys, onScan }: { enabled: boolean; keys: KeyMap; onScan: (code: string) => void }) {
  const latest = useRef({ keys, onScan });
  useEffect(() => {
    latest.current = { keys, onScan };
  });

  useEffect(() => {
    if (!enabled) return;
    let buffer = '';
    let last = 0;
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.metaKey) return;
      if (document.querySelector('[role="dialog"]')) return;
      const name = keyName(event);
      const isFunctionKey = /^(shift\+)?F\d{1,2}$/.test(name);
      const action = latest.current.keys[name];
      if (isFunctionKey) {
        // F5 would reload, F3 would search the page, F12 would open the developer tools.
        event.preventDefault();
        action?.();
        return;
      }
      if (isEditable(event.target)) return;
      const now = Date.now();
      if (now - last > IDLE_RESET_MS) buffer = '';
      last = now;
      if (event.key === 'Enter') {
        if (buffer) {
          event.preventDefault();
          const code = buffer;
          buffer = '';
          latest.current.onScan(code);
        }
        return;
      }
      if (event.key.length === 1 && !event.ctrlKey && /[0-9A-Za-z._-]/.test(event.key) && (buffer || /[0-9A-Za-z]/.test(event.key))) {
        if (/^\d$/.test(event.key) || buffer) {
          buffer += event.key;
          event.preventDefault();
          return;
        }
      }
      if (action && !buffer) {
        event.preventDefault();
        action();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
