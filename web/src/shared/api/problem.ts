// The platform's error body (RFC 9457 problem+json with a stable code and Vietnamese + English messages).

export interface LocalizedText {
  vi: string;
  en: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  message?: LocalizedText;
  errors?: { field: string; code?: string; message?: LocalizedText }[];
  traceId?: string;
}
