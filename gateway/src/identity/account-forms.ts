// The embedded provider's account forms (change a temporary password, forgot password, reset,
// register a business) and the registration rule: plain data for renderFormPage, no framework.
import type { FormField, FormPageInput } from './login-page.js';

type Text = { vi: string; en: string };
type Form = Omit<FormPageInput, 'stylesheet'>;

export interface RegistrationInput {
  organisationName: string;
  displayName: string;
  email: string;
  username: string;
}

/** Why a registration cannot be accepted (the password is checked by passwordProblem), or undefined. */
export function registrationProblem(input: RegistrationInput): Text | undefined {
  if (input.organisationName.length < 3 || input.organisationName.length > 200)
    return { vi: 'Tên tổ chức cần từ 3 đến 200 ký tự.', en: 'The organisation name needs 3 to 200 characters.' };
  if (input.displayName.length < 2 || input.displayName.length > 120)
    return { vi: 'Họ và tên cần từ 2 đến 120 ký tự.', en: 'Your name needs 2 to 120 characters.' };
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email) || input.email.length > 200)
    return { vi: 'Địa chỉ email không hợp lệ.', en: 'The e-mail address is not valid.' };
  if (!/^[a-z0-9][a-z0-9._-]{2,39}$/.test(input.username))
    return {
      vi: 'Tên đăng nhập gồm 3–40 chữ thường không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.',
      en: 'The username needs 3–40 lower-case letters, digits, dots, hyphens or underscores.',
    };
  return undefined;
}

const NEW_PASSWORD_FIELDS: FormField[] = [
  {
    name: 'password',
    type: 'password',
    autocomplete: 'new-password',
    label: { vi: 'Mật khẩu mới', en: 'New password' },
    help: { vi: 'Ít nhất 10 ký tự.', en: 'At least 10 characters.' },
  },
  {
    name: 'password_confirm',
    type: 'password',
    autocomplete: 'new-password',
    label: { vi: 'Nhập lại mật khẩu mới', en: 'Repeat the new password' },
  },
];

/** The forms, posting to `<realm>/login-actions/…`, each with a way back to the portal. */
export function accountForms(actions: string, portalUrl: string) {
  return {
    changePassword(changeToken: string, error?: Text): Form {
      return {
        heading: { vi: 'Đổi mật khẩu', en: 'Change your password' },
        intro: {
          vi: 'Mật khẩu hiện tại là mật khẩu tạm thời. Hãy đặt mật khẩu mới để tiếp tục.',
          en: 'Your current password is temporary. Choose a new one to continue.',
        },
        action: `${actions}/change-password`,
        hidden: { change_token: changeToken },
        fields: NEW_PASSWORD_FIELDS,
        submit: { vi: 'Lưu và đăng nhập', en: 'Save and sign in' },
        error,
        links: { portal: portalUrl },
      };
    },

    resetRequest(requestId: string, error?: Text): Form {
      return {
        heading: { vi: 'Quên mật khẩu', en: 'Forgot password' },
        intro: {
          vi: 'Nhập tên đăng nhập hoặc email. Quản trị viên sẽ nhận liên kết đặt lại mật khẩu và gửi cho bạn.',
          en: 'Enter your username or e-mail. The administrator receives a reset link and passes it on to you.',
        },
        action: `${actions}/reset-credentials`,
        hidden: { request_id: requestId },
        fields: [
          {
            name: 'username',
            type: 'text',
            autocomplete: 'username',
            label: { vi: 'Tên đăng nhập hoặc email', en: 'Username or e-mail' },
          },
        ],
        submit: { vi: 'Gửi yêu cầu', en: 'Send request' },
        error,
        links: { portal: portalUrl },
      };
    },

    resetPassword(token: string, error?: Text): Form {
      return {
        heading: { vi: 'Đặt lại mật khẩu', en: 'Reset your password' },
        action: `${actions}/reset-password`,
        hidden: { token },
        fields: NEW_PASSWORD_FIELDS,
        submit: { vi: 'Lưu mật khẩu', en: 'Save the password' },
        error,
        links: { portal: portalUrl },
      };
    },

    registration(requestId: string, values: Partial<RegistrationInput>, error?: Text): Form {
      return {
        heading: { vi: 'Đăng ký tài khoản doanh nghiệp', en: 'Register a business account' },
        intro: {
          vi: 'Tài khoản dùng được ngay; cán bộ Sở KH&CN sẽ xác minh tổ chức của bạn trước khi tin đăng được công khai.',
          en: 'You can use the account at once; a Department officer verifies your organisation before your listings go public.',
        },
        action: `${actions}/registration`,
        hidden: { request_id: requestId },
        fields: [
          {
            name: 'organisation_name',
            type: 'text',
            autocomplete: 'organization',
            label: {
              vi: 'Tên doanh nghiệp, hợp tác xã, hộ kinh doanh',
              en: 'Business, co-operative or household business',
            },
            value: values.organisationName,
          },
          {
            name: 'display_name',
            type: 'text',
            autocomplete: 'name',
            label: { vi: 'Họ và tên người đại diện', en: 'Your full name' },
            value: values.displayName,
          },
          {
            name: 'email',
            type: 'email',
            autocomplete: 'email',
            label: { vi: 'Email', en: 'E-mail' },
            value: values.email,
          },
          {
            name: 'username',
            type: 'text',
            autocomplete: 'username',
            label: { vi: 'Tên đăng nhập', en: 'Username' },
            value: values.username,
            help: {
              vi: 'Chữ thường không dấu, số, dấu chấm hoặc gạch.',
              en: 'Lower-case letters, digits, dots or dashes.',
            },
          },
          ...NEW_PASSWORD_FIELDS.map((field) =>
            field.name === 'password' ? { ...field, label: { vi: 'Mật khẩu', en: 'Password' } } : field,
          ),
        ],
        submit: { vi: 'Đăng ký và đăng nhập', en: 'Register and sign in' },
        error,
        links: { portal: portalUrl },
      };
    },
  };
}
