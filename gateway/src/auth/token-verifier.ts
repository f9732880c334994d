// The auth port: a bearer token in, the verified principal out. Throws a 401 ProblemError for any
// invalid token (expired, wrong issuer/audience/type, bad signature) and 503 when the identity
// provider's keys cannot be fetched.
import { problem } from '@sti/platform';
import type { Principal } from './principal.js';

export interface VerifiedToken {
  principal: Principal;
  claims: Record<string, unknown>;
}

export interface TokenVerifier {
  verify(bearer: string): Promise<VerifiedToken>;
}

export type InvalidTokenReason =
  | 'missing'
  | 'expired'
  | 'not_yet_valid'
  | 'issuer'
  | 'audience'
  | 'signature'
  | 'type'
  | 'malformed';

const REASON_TEXT: Record<InvalidTokenReason, { vi: string; en: string }> = {
  missing: { vi: 'Thiếu mã truy cập.', en: 'The access token is missing.' },
  expired: {
    vi: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    en: 'Your session has expired. Please sign in again.',
  },
  not_yet_valid: {
    vi: 'Mã truy cập chưa đến thời điểm có hiệu lực. Vui lòng kiểm tra đồng hồ của thiết bị.',
    en: 'The access token is not valid yet. Please check your device’s clock.',
  },
  issuer: {
    vi: 'Mã truy cập không do máy chủ định danh của hệ thống cấp.',
    en: 'The access token was not issued by this platform’s identity provider.',
  },
  audience: { vi: 'Mã truy cập không dành cho hệ thống này.', en: 'The access token is not meant for this platform.' },
  signature: { vi: 'Chữ ký của mã truy cập không hợp lệ.', en: 'The access token’s signature is invalid.' },
  type: { vi: 'Đây không phải mã truy cập.', en: 'This is not an access token.' },
  malformed: { vi: 'Mã truy cập không hợp lệ.', en: 'The access token is malformed.' },
};

export function invalidToken(reason: InvalidTokenReason, cause?: unknown) {
  return problem('unauthenticated', {
    message: REASON_TEXT[reason],
    detail: `invalid_token: ${reason}`,
    extensions: { reason },
    cause,
  });
}

export function identityProviderUnavailable(cause?: unknown) {
  return problem('service_unavailable', {
    message: {
      vi: 'Không kết nối được máy chủ định danh. Vui lòng thử lại sau.',
      en: 'The identity provider cannot be reached. Please try again later.',
    },
    detail: 'identity provider keys unavailable',
    cause,
  });
}
