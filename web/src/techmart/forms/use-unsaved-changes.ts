// Warns before unsaved changes are lost: on leaving through the portal's links (router blocker, shown
// as the portal's own dialog) and on closing or reloading the tab (the browser's beforeunload prompt).

import { useEffect } from 'react';
import { type Blocker, useBlocker } from 'react-router-dom';

export function useUnsavedChanges(dirty: boolean): Blocker {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Chromium still wants returnValue set for the prompt to show.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  return blocker;
}
