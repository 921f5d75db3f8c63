import { bulletinBlocks, type BulletinBlock, type BulletinTable } from "@/lib/bulletins/document-blocks";
import type { BulletinFigures } from "@/lib/bulletins/figures-types";
import type { BulletinTexts } from "@/lib/bulletins/text-parts";
import { formatDay } from "@/lib/time/format";

type Props = {
  title: string;
  numberText: string | null;
  signedOn: string | null;
  texts: BulletinTexts;
  figures: BulletinFigures;
};

// 仿宋 where the reader has it, the portal's own face otherwise: the page reads like the paper copy.
const BODY = { fontFamily: '"仿宋_GB2312", FangSong, STFangsong, "Noto Serif CJK SC", serif' };
const TITLE = { fontFamily: '"方正小标宋简体", "FZXiaoBiaoSong-B05S", STZhongsong, "Noto Serif CJK SC", serif' };
const HEI = { fontFamily: '"黑体", SimHei, "Noto Sans CJK SC", sans-serif' };
const KAI = { fontFamily: '"楷体_GB2312", KaiTi, STKaiti, serif' };

function Table({ table }: { table: BulletinTable }) {
  return (
    <div className="my-3 overflow-x-auto">
      <table className="w-full border-collapse text-center text-[12pt] leading-snug" data-testid="bulletin-table">
        <caption className="pb-1 text-[14pt]" style={HEI}>
          {table.caption}
        </caption>
        <thead>
          <tr>
            {table.header.map((text) => (
              <th key={text} scope="col" className="border border-black px-1 py-1 font-normal" style={HEI}>
                {text}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.join("|")}>
              {row.map((text, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are positional columns
                <td key={index} className="border border-black px-1 py-1">
                  {text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Block({ block }: { block: BulletinBlock }) {
  switch (block.kind) {
    case "addressee":
      return <p>{block.text}</p>;
    case "heading":
      return (
        <h2 className="indent-[2em] text-[16pt] font-normal" style={HEI}>
          {block.text}
        </h2>
      );
    case "subheading":
      return (
        <h3 className="indent-[2em] text-[16pt] font-normal" style={KAI}>
          {block.text}
        </h3>
      );
    case "paragraph":
      return <p className="indent-[2em] text-justify">{block.text}</p>;
    case "table":
      return <Table table={block.table} />;
  }
}

/** The 通报 as it is printed: red 发文机关标志, 发文字号 over a red line, title, body, signature. */
export function BulletinDocument({ title, numberText, signedOn, texts, figures }: Props) {
  return (
    <article className="bulletin-document bg-white text-black text-[16pt] leading-[28.95pt]" style={BODY}>
      <p className="pt-4 text-center text-[36pt] leading-tight tracking-wider text-red-600" style={TITLE}>
        莆田市民政局文件
      </p>
      <p className="mt-8 border-b-2 border-red-600 pb-2 text-center">{numberText ?? "(未印发,无文号)"}</p>
      <h1 className="my-8 text-center text-[22pt] leading-[35pt]" style={TITLE}>
        {title}
      </h1>
      {bulletinBlocks(texts, figures).map((block, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: blocks are laid out in a fixed order
        <Block key={index} block={block} />
      ))}
      <div className="mt-14 pr-[4em] text-right">
        <p>莆田市民政局</p>
        <p>{signedOn ? formatDay(signedOn) : "(成文日期于印发时填写)"}</p>
      </div>
    </article>
  );
}
