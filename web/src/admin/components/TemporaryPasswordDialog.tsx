// The temporary password, shown once after a create or a reset: the admin copies it and closes;
// it is kept nowhere else in the portal (not in the query cache, not in the URL).
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';

export function TemporaryPasswordDialog({
  shown,
  onClose,
}: {
  shown: { name: string; password: string } | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const codeRef = useRef<HTMLElement>(null);
  const titleId = useId();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (shown && !dialog.open) {
      setCopied(false);
      dialog.showModal();
      codeRef.current?.focus();
    } else if (!shown && dialog.open) dialog.close();
  }, [shown]);
  const copy = async () => {
    if (!shown) return;
    try {
      await navigator.clipboard.writeText(shown.password);
      setCopied(true);
    } catch {
      // no clipboard permission: select the text so the admin can copy it by hand
      const range = document.createRange();
      if (codeRef.current) range.selectNodeContents(codeRef.current);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    }
  };
  return (
    <dialog
      ref={ref}
      className="admin-dialog"
      aria-labelledby={shown ? titleId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {shown && (
        <>
          <h2 id={titleId}>{t('admin.users.tempTitle', { name: shown.name })}</h2>
          <p>{t('admin.users.tempText')}</p>
          <p>
            <code ref={codeRef} className="admin-secret" tabIndex={-1} data-testid="temporary-password">
              {shown.password}
            </code>
          </p>
          <p role="status" className="muted">
            {copied ? t('admin.users.tempCopied') : ''}
          </p>
          <div className="form-actions">
            <button type="button" className="btn btn-secondary" onClick={() => void copy()}>
              {t('admin.users.tempCopy')}
            </button>
            <button type="button" className="btn btn-primary" onClick={onClose}>
              {t('admin.users.tempDone')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
