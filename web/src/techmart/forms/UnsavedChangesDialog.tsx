// The portal's own "leave without saving?" dialog for navigation inside the portal (the browser's
// prompt covers closing and reloading the tab).
import { useEffect, useRef } from 'react';
import type { Blocker } from 'react-router';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';

export function UnsavedChangesDialog({ blocker }: { blocker: Blocker }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const open = blocker.state === 'blocked';
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="unsaved-title"
      aria-describedby="unsaved-text"
      onCancel={() => blocker.reset?.()}
    >
      <h2 id="unsaved-title">{t('unsaved.title')}</h2>
      <p id="unsaved-text">{t('unsaved.text')}</p>
      <div className="form-actions">
        <button type="button" className="btn btn-primary" onClick={() => blocker.reset?.()}>
          {t('unsaved.stay')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => blocker.proceed?.()}>
          {t('unsaved.leave')}
        </button>
      </div>
    </dialog>
  );
}
