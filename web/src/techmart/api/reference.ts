// Reference data (sectors, localities): fetched once and cached for the session by TanStack Query.
// Lookups never answer with a raw code: callers get `undefined` and show a placeholder instead.
import { useQuery } from '@tanstack/react-query';
import { api, TECHMART } from '../../shared/api/client.ts';
import type { Province, Sector } from './techmart-types.ts';

export const referenceKeys = {
  sectors: ['techmart', 'reference', 'sectors'] as const,
  localities: ['techmart', 'reference', 'localities'] as const,
};

export interface Reference {
  sectors: Sector[];
  provinces: Province[];
  /** `loading` until both lists arrived; `error` when either failed (after retries) */
  status: 'loading' | 'ready' | 'error';
  retry: () => void;
}

const listOrEmpty = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

export function useReference(): Reference {
  const sectors = useQuery({
    queryKey: referenceKeys.sectors,
    queryFn: ({ signal }) => api<Sector[]>(`${TECHMART}/reference/sectors`, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const localities = useQuery({
    queryKey: referenceKeys.localities,
    queryFn: ({ signal }) => api<Province[]>(`${TECHMART}/reference/localities`, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const status =
    sectors.isError || localities.isError ? 'error' : sectors.isSuccess && localities.isSuccess ? 'ready' : 'loading';
  return {
    sectors: listOrEmpty<Sector>(sectors.data),
    provinces: listOrEmpty<Province>(localities.data),
    status,
    retry: () => {
      if (sectors.isError) void sectors.refetch();
      if (localities.isError) void localities.refetch();
    },
  };
}

/** A sector's name in the language; a term object names itself, a bare code needs the reference list. */
export function sectorLabel(
  s: Sector | string | null | undefined,
  sectors: Sector[],
  lang: 'vi' | 'en',
): string | undefined {
  if (!s) return undefined;
  const term = typeof s === 'string' ? sectors.find((x) => x.code === s) : s;
  if (!term) return undefined;
  return (lang === 'en' ? term.nameEn : term.nameVi) || term.nameVi || undefined;
}

/** Like sectorLabel, for places where an empty text is acceptable (never the code). */
export function sectorName(s: Sector | string | null | undefined, sectors: Sector[], lang: 'vi' | 'en'): string {
  return sectorLabel(s, sectors, lang) ?? '';
}

export function provinceLabel(code: string, provinces: Province[]): string | undefined {
  return provinces.find((p) => p.provinceCode === code)?.provinceName;
}

/** "Commune, Province" of a locality view (which carries its names). */
export function localityText(
  l: { communeName?: string | null | undefined; provinceName?: string | null | undefined } | null | undefined,
): string {
  return [l?.communeName, l?.provinceName].filter(Boolean).join(', ');
}
