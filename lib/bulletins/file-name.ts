// The .docx's name: 莆民督通〔2022〕9号 关于2022年9月…的通报.docx, or 草稿 before it has a number.
export const bulletinFileName = (bulletin: { title: string; numberText: string | null }) =>
  `${bulletin.numberText ?? "草稿"} ${bulletin.title}.docx`.replace(/[\\/:*?"<>|\r\n]+/g, "");
