import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * A button that shows and hides a panel of links (the disclosure pattern: no ARIA menu role, so
 * links behave as links). Escape closes it and returns focus; so do a click outside and navigation.
 */
export function Disclosure({
  label,
  buttonContent,
  className,
  panelClassName,
  onOpenChange,
  children,
}: {
  /** the button's accessible name */
  label: string;
  buttonContent: ReactNode;
  className?: string;
  panelClassName?: string;
  onOpenChange?: (open: boolean) => void;
  children: ReactNode | ((close: () => void) => ReactNode);
}) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const location = useLocation();
  const onOpenChangeRef = useRef(onOpenChange);
  onOpenChangeRef.current = onOpenChange;

  const change = (next: boolean) => {
    setOpen(next);
    onOpenChangeRef.current?.(next);
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: close on navigation only
  useEffect(() => {
    if (open) change(false);
  }, [location.pathname, location.search]);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (rootRef.current && !rootRef.current.contains(e.target as Node)) change(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        change(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  });

  const close = () => change(false);
  return (
    <div className={`disclosure ${className ?? ''}`} ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="btn btn-ghost disclosure-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={label}
        onClick={() => change(!open)}
      >
        {buttonContent}
      </button>
      <div id={panelId} className={`disclosure-panel ${panelClassName ?? ''}`} hidden={!open}>
        {/* rendered only while open: a closed menu holds nothing a screen reader or a search could find */}
        {open && (typeof children === 'function' ? children(close) : children)}
      </div>
    </div>
  );
}
