import { useEffect } from 'react';

let firstScreen = true;

/**
 * Sets the tab title and, when the person moved here from another screen, scrolls to the top and
 * moves focus to the main content, so a screen reader starts reading the new page.
 */
export function usePage(title: string, hasErrors = false) {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} - PainPath`;
  }, [title, hasErrors]);
  useEffect(() => {
    if (firstScreen) {
      firstScreen = false;
      return;
    }
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [title]);
}
