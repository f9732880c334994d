// The protection titles IP support verified for an offer (granted on the owner's own filing), next to
// the owner's declared IP status. Shows nothing when there are none or they cannot be loaded.
import type { IpCertificateList } from '@sti/techmart/api';
import { useQuery } from '@tanstack/react-query';
import { api, TECHMART } from '../../shared/api/client.ts';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import { Fact } from './DetailParts.tsx';

export function VerifiedIpTitles({ offerId }: { offerId: string }) {
  const { t, lang } = useI18n();
  const res = useQuery({
    queryKey: ['techmart', 'offers', offerId, 'ip-certificates'],
    queryFn: ({ signal }) =>
      api<IpCertificateList>(`${TECHMART}/offers/${encodeURIComponent(offerId)}/ip-certificates`, { signal }),
    staleTime: 60_000,
    retry: false,
  });
  const items = res.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Fact label={t('detail.ipTitles')}>
      {items
        .map((c) =>
          t('detail.ipTitle', {
            right: t(`ipRight.${c.right}`),
            number: c.certificateNumber,
            date: formatDate(c.grantedOn, lang),
          }),
        )
        .join('; ')}
    </Fact>
  );
}
