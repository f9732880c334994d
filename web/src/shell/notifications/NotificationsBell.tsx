import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Disclosure } from '../../shared/components/Disclosure.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDateTime } from '../../shared/lib/format.ts';
import { useNotifications } from './useNotifications.ts';

export function NotificationsBell() {
  const { t, lang } = useI18n();
  const n = useNotifications();
  // what was unread when the list was shown stays marked while it is open
  const [highlight, setHighlight] = useState<Set<string>>(new Set());
  const [open, setOpen] = useState(false);
  // Shown is read: once the list is open and loaded (it may still be loading when opened).
  // biome-ignore lint/correctness/useExhaustiveDependencies: reacts to the list arriving or growing
  useEffect(() => {
    if (!open || n.status !== 'ready' || n.unread === 0) return;
    const unread = n.items.filter((x) => n.isUnread(x.id)).map((x) => x.id);
    setHighlight((h) => new Set([...h, ...unread]));
    n.markAllRead();
  }, [open, n.status, n.unread]);
  const label = n.unread > 0 ? t('notif.bellUnread', { count: n.unread }) : t('notif.bell');
  return (
    <Disclosure
      className="bell"
      panelClassName="bell-panel"
      label={label}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setHighlight(new Set());
      }}
      buttonContent={
        <>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="icon">
            <path
              d="M12 3a6 6 0 0 0-6 6v3.5L4.5 16h15L18 12.5V9a6 6 0 0 0-6-6zM9.5 18.5a2.5 2.5 0 0 0 5 0"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinejoin="round"
            />
          </svg>
          {/* the exact number (at most MAX_NOTIFICATIONS), so the visible text is part of the button's name */}
          {n.unread > 0 && (
            <span className="badge-count" aria-hidden="true">
              {n.unread}
            </span>
          )}
        </>
      }
    >
      <h2 className="h3 panel-title">{t('notif.title')}</h2>
      {n.status === 'loading' && <p className="muted">{t('notif.loading')}</p>}
      {n.status === 'error' && <p className="muted">{t('notif.error')}</p>}
      {n.status !== 'loading' && n.items.length === 0 && <p className="muted">{t('notif.empty')}</p>}
      {n.items.length > 0 && (
        <ul className="notif-list">
          {n.items.map((item) => (
            <li key={item.id} className={highlight.has(item.id) ? 'notif unread' : 'notif'}>
              <Link to={item.to}>
                {item.kind === 'message'
                  ? item.title
                  : t(item.kind === 'returned' ? 'notif.returned' : 'notif.published', { title: item.title })}
              </Link>
              {item.detail && <p className="notif-detail prewrap">{item.detail}</p>}
              <p className="notif-time muted">{formatDateTime(item.at, lang)}</p>
            </li>
          ))}
        </ul>
      )}
      {n.status !== 'idle' && <p className="hint">{t('notif.source')}</p>}
    </Disclosure>
  );
}
