import { useEffect, useState } from 'react';
import { api, TECHMART } from './client.ts';
import type { Province, Sector } from './types.ts';

let sectorsP: Promise<Sector[]> | null = null;
let localitiesP: Promise<Province[]> | null = null;

function cachedSectors(): Promise<Sector[]> {
  sectorsP ??= api<Sector[]>(`${TECHMART}/reference/sectors`).catch((e: unknown) => {
    sectorsP = null;
    throw e;
  });
  return sectorsP;
}
function cachedLocalities(): Promise<Province[]> {
  localitiesP ??= api<Province[]>(`${TECHMART}/reference/localities`).catch((e: unknown) => {
    localitiesP = null;
    throw e;
  });
  return localitiesP;
}

export interface Reference {
  sectors: Sector[];
  provinces: Province[];
}

/** Reference data (sectors, localities), loaded once per page load; empty until it arrives. */
export function useReference(): Reference {
  const [ref, setRef] = useState<Reference>({ sectors: [], provinces: [] });
  useEffect(() => {
    let live = true;
    cachedSectors().then(
      (sectors) => live && setRef((r) => ({ ...r, sectors: Array.isArray(sectors) ? sectors : [] })),
      () => {},
    );
    cachedLocalities().then(
      (provinces) => live && setRef((r) => ({ ...r, provinces: Array.isArray(provinces) ? provinces : [] })),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  return ref;
}

export function sectorName(s: Sector | string | undefined, sectors: Sector[], lang: 'vi' | 'en'): string {
  if (!s) return '';
  const term = typeof s === 'string' ? (sectors.find((x) => x.code === s) ?? null) : s;
  if (!term) return typeof s === 'string' ? s : '';
  return (lang === 'en' ? term.nameEn : term.nameVi) || term.nameVi || term.code;
}

export function provinceName(code: string, provinces: Province[]): string {
  return provinces.find((p) => p.provinceCode === code)?.provinceName ?? code;
}
