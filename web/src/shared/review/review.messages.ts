// The words of the shared scoring form (initiative reviewers and incubation juries score with it).
// Vietnamese first; English is typed against it.
import { defineCatalogue } from '../i18n/catalogue.ts';

export const reviewMessages = defineCatalogue({
  vi: {
    'review.sheet': 'Phiếu chấm',
    'review.range': '(từ {min} đến {max} điểm, trọng số {weight})',
    'review.bands': 'Các mức điểm',
    'review.scoreFor': 'Điểm "{criterion}"',
    'review.inBand': 'Thuộc mức: {band}',
    'review.note': 'Nhận xét cho tiêu chí này',
    'review.total': 'Tổng điểm hiện tại: {total}/{max}',
    'review.comment': 'Nhận xét chung',
    'review.saveDraft': 'Lưu nháp',
    'review.submit': 'Nộp phiếu chính thức',
    'review.confirmSubmit': 'Xác nhận nộp phiếu',
    'review.confirmFinal': 'Phiếu chính thức không sửa được nữa. Bấm "Xác nhận nộp phiếu" để nộp.',
    'review.saved': 'Đã lưu nháp phiếu chấm.',
    'review.submitted': 'Đã nộp phiếu chấm chính thức.',
    'review.fix': 'Phiếu chấm còn lỗi, được đánh dấu bên dưới.',
  },
  en: {
    'review.sheet': 'Score sheet',
    'review.range': '({min} to {max} points, weight {weight})',
    'review.bands': 'Score bands',
    'review.scoreFor': 'Score for "{criterion}"',
    'review.inBand': 'Band: {band}',
    'review.note': 'Note on this criterion',
    'review.total': 'Current total: {total}/{max}',
    'review.comment': 'General comment',
    'review.saveDraft': 'Save draft',
    'review.submit': 'Submit the final sheet',
    'review.confirmSubmit': 'Confirm and submit',
    'review.confirmFinal': 'A final sheet can no longer be changed. Press "Confirm and submit" to submit it.',
    'review.saved': 'Draft sheet saved.',
    'review.submitted': 'Final sheet submitted.',
    'review.fix': 'The sheet has problems, marked below.',
  },
});
