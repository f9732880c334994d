// Mentor booking for a startup: the mentors with their expertise and languages, each mentor's free
// slots (Vietnam time) shown on request, booking a slot with a topic, then the startup's own meetings
// with the notes the mentor shared, and the startup's iCalendar feed.
import { useId, useState } from 'react';
import { errorMessage } from '../../shared/api/client.ts';
import { FieldErrors } from '../../shared/components/FormFields.tsx';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import { useBook, useBookings, useCalendarFeed, useMentors, useSlots } from '../api/incubation-queries.ts';
import type { MentorView, SlotView, Startup } from '../api/incubation-types.ts';
import { IncFrame, Outcome } from '../components/IncFrame.tsx';
import { StartupGate } from '../components/StartupGate.tsx';

export function MentorsPage() {
  const { t } = useI18n();
  return (
    <IncFrame title={t('inc.mentors.title')} lead={t('inc.mentors.lead')} sections="startup">
      <StartupGate>{(s) => <Mentors startup={s} />}</StartupGate>
    </IncFrame>
  );
}

const slotText = (s: { localDate: string; localStartTime: string }, lang: string) =>
  `${s.localStartTime} ${formatDate(s.localDate, lang)}`;

function Mentors({ startup }: { startup: Startup }) {
  const { t } = useI18n();
  const id = useId();
  const mentors = useMentors();
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <Outcome text={done} />
      <section className="inc-section" aria-labelledby={`${id}-mentors`}>
        <h2 id={`${id}-mentors`}>{t('inc.mentors.title')}</h2>
        {mentors.isPending && <Loading />}
        {mentors.isError && <ErrorBox error={mentors.error} onRetry={() => void mentors.refetch()} />}
        <ul className="inc-cards">
          {(mentors.data?.items ?? [])
            .filter((m) => m.active)
            .map((m) => (
              <li key={m.id}>
                <MentorCard mentor={m} startup={startup} onBooked={setDone} />
              </li>
            ))}
        </ul>
      </section>
      <MyBookings startup={startup} />
    </>
  );
}

function MentorCard({
  mentor,
  startup,
  onBooked,
}: {
  mentor: MentorView;
  startup: Startup;
  onBooked: (text: string) => void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const slots = useSlots(mentor.id, open);
  const [slot, setSlot] = useState<SlotView | null>(null);
  return (
    <article aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`} className="h3">
        {mentor.name}
      </h3>
      <p>{mentor.headline}</p>
      <p className="muted">{t('inc.mentors.expertise', { list: mentor.expertise.join(', ') })}</p>
      <p className="muted">{t('inc.mentors.languages', { list: mentor.languages.join(', ') })}</p>
      <button
        type="button"
        className="btn btn-secondary"
        aria-expanded={open}
        aria-controls={`${id}-slots`}
        onClick={() => setOpen((o) => !o)}
      >
        {t('inc.mentors.freeSlots')}
      </button>
      <div id={`${id}-slots`} hidden={!open}>
        {open && slots.isPending && <Loading />}
        {slots.isError && <ErrorBox error={slots.error} onRetry={() => void slots.refetch()} />}
        {slots.isSuccess && slots.data.items.length === 0 && <p className="empty">{t('inc.mentors.noSlots')}</p>}
        {slots.isSuccess && slots.data.items.length > 0 && !slot && (
          <ul className="inc-slots" aria-label={t('inc.mentors.freeSlots')}>
            {slots.data.items.slice(0, 12).map((s) => (
              <li key={s.startsAt}>
                <button type="button" className="btn btn-secondary" onClick={() => setSlot(s)}>
                  {t('inc.mentors.book', { when: slotText(s, lang) })}
                </button>
              </li>
            ))}
          </ul>
        )}
        {slot && (
          <BookingForm
            mentor={mentor}
            startup={startup}
            slot={slot}
            onCancel={() => setSlot(null)}
            onBooked={() => {
              onBooked(t('inc.mentors.booked', { mentor: mentor.name, when: slotText(slot, lang) }));
              setSlot(null);
              setOpen(false);
            }}
          />
        )}
      </div>
    </article>
  );
}

function BookingForm({
  mentor,
  startup,
  slot,
  onCancel,
  onBooked,
}: {
  mentor: MentorView;
  startup: Startup;
  slot: SlotView;
  onCancel: () => void;
  onBooked: () => void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const book = useBook();
  const [topic, setTopic] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const clean = topic.trim();
        if (clean.length < 5 || clean.length > 500) {
          setError(t('inc.mentors.topicRule'));
          return;
        }
        setError(null);
        book.mutate(
          { mentorId: mentor.id, body: { startupId: startup.id, startsAt: slot.startsAt, topic: clean } },
          {
            onSuccess: onBooked,
            onError: (e2) => setFailure(errorMessage(e2, lang, t('error.generic'), t('error.network'))),
          },
        );
      }}
    >
      <p>
        <strong>{slotText(slot, lang)}</strong> – {slot.localEndTime}
      </p>
      <Outcome text={null} error={failure} />
      <div className={error ? 'field has-error' : 'field'}>
        <label htmlFor={`${id}-topic`}>{t('inc.mentors.topic')}</label>
        <textarea
          id={`${id}-topic`}
          rows={3}
          value={topic}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-topic-err` : undefined}
          onChange={(e) => setTopic(e.target.value)}
        />
        <FieldErrors id={`${id}-topic-err`} errors={error ? [error] : []} />
      </div>
      <div className="form-actions">
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          {t('inc.common.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={book.isPending}>
          {t('inc.mentors.confirm')}
        </button>
      </div>
    </form>
  );
}

function MyBookings({ startup }: { startup: Startup }) {
  const { t, lang } = useI18n();
  const id = useId();
  const res = useBookings(startup.id);
  const feed = useCalendarFeed();
  const items = res.data?.items ?? [];
  return (
    <section className="inc-section" aria-labelledby={`${id}-mine`}>
      <h2 id={`${id}-mine`}>{t('inc.mentors.mine')}</h2>
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.isSuccess && items.length === 0 && <p className="empty">{t('inc.mentors.noBookings')}</p>}
      {items.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('inc.mentors.mine')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('inc.col.when')}</th>
                <th scope="col">{t('inc.col.mentor')}</th>
                <th scope="col">{t('inc.mentors.topic')}</th>
                <th scope="col">{t('inc.mentors.notes')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((b) => (
                <tr key={b.id}>
                  <th scope="row">{slotText(b, lang)}</th>
                  <td>{b.mentor.name}</td>
                  <td className="prewrap">{b.topic}</td>
                  <td className="prewrap">{b.notes ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        {feed.data ? (
          <a href={feed.data.path}>{t('inc.mentors.calendar')}</a>
        ) : (
          <button type="button" className="btn btn-secondary" onClick={() => feed.mutate(startup.id)}>
            {t('inc.mentors.calendar')}
          </button>
        )}
      </p>
    </section>
  );
}
