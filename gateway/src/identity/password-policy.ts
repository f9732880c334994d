// The embedded provider's password rule, a plain function: long enough, confirmed, not the username.
export type PasswordProblemText = { vi: string; en: string };

export const MIN_PASSWORD_LENGTH = 10;

/** A reason to refuse the new password, or undefined when it is acceptable. */
export function passwordProblem(password: string, confirm: string, username: string): PasswordProblemText | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return {
      vi: `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`,
      en: `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
    };
  if ([...password].length > 256) return { vi: 'Mật khẩu quá dài.', en: 'The password is too long.' };
  if (password.toLowerCase().includes(username.toLowerCase()) && username.length > 0)
    return { vi: 'Mật khẩu không được chứa tên đăng nhập.', en: 'The password must not contain the username.' };
  if (password !== confirm)
    return { vi: 'Hai mật khẩu đã nhập không giống nhau.', en: 'The two passwords do not match.' };
  return undefined;
}
