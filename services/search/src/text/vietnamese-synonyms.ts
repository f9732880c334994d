// Synonym groups: every phrase in a group means the same as the others. Data, not code: edit freely
// (the embedded engine re-indexes its stored documents when this table changes; Meilisearch gets it
// through the index settings). Accents and case do not matter here, phrases are folded on load.
export const VIETNAMESE_SYNONYMS: readonly (readonly string[])[] = [
  ['KH&CN', 'KHCN', 'khoa học và công nghệ', 'khoa học công nghệ'],
  ['IoT', 'Internet vạn vật', 'Internet of Things'],
  ['CNTT', 'công nghệ thông tin'],
  ['OCOP', 'mỗi xã một sản phẩm', 'mỗi xã 1 sản phẩm', 'One Commune One Product'],
  ['HTX', 'hợp tác xã'],
  ['NTTS', 'nuôi trồng thủy sản'],
  ['SHTT', 'sở hữu trí tuệ'],
  ['ĐMST', 'đổi mới sáng tạo'],
  ['CGCN', 'chuyển giao công nghệ'],
  ['NCKH', 'nghiên cứu khoa học'],
  ['DNNVV', 'doanh nghiệp nhỏ và vừa'],
  ['UBND', 'ủy ban nhân dân'],
  ['NN&PTNT', 'NNPTNT', 'nông nghiệp và phát triển nông thôn'],
  ['BĐKH', 'biến đổi khí hậu'],
  ['AI', 'trí tuệ nhân tạo'],
  ['UAV', 'drone', 'máy bay không người lái', 'thiết bị bay không người lái'],
  ['VietGAP', 'Viet GAP'],
  ['TRL', 'mức độ sẵn sàng công nghệ'],
];
