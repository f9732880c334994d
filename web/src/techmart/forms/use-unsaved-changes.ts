// Warns before unsaved changes are lost: on leaving through the portal's links (router blocker, shown
// as the portal's own dialog) and on closing or reloading the tab (the browser's beforeunload prompt).
// `allowNextNavigation()` lets the page leave after a successful save without asking.

import { useEffect, useRef } from 'react';
import { type Blocker, useBlocker } from 'react-router';

export function useUnsavedChanges(dirty: boolean): { blocker: Blocker; allowNextNavigation: () => void } {
  const allowed = useRef(false);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      !allowed.current &&
      dirtyRef.current &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (allowed.current) return;
      event.preventDefault();
      // Chromium still wants returnValue set for the prompt to show.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  return {
    blocker,
    allowNextNavigation: () => {
      allowed.current = true;
    },
  };
}
