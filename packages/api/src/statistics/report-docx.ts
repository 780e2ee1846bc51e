import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { indicatorById, type AnnualReport, type ReportTable } from '@huiqi/workflows';

const FONT = 'SimSun';
const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };

function table(t: ReportTable): (Paragraph | Table)[] {
  const row = (cells: string[], bold: boolean) => new TableRow({
    children: cells.map((text) => new TableCell({
      borders: { top: border, bottom: border, left: border, right: border },
      children: [new Paragraph({ children: [new TextRun({ text, bold, font: FONT, size: 21 })] })],
    })),
  });
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 60 }, children: [new TextRun({ text: t.captionZh, bold: true, font: FONT, size: 21 })] }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(t.headers, true), ...(t.rows.length > 0 ? t.rows.map((r) => row(r, false)) : [row(t.headers.map((_, i) => (i === 0 ? '（无）' : '')), false)])] }),
  ];
}

/** The report as an editable Word document (the format officials exchange). */
export async function reportDocx(r: AnnualReport): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: r.titleZh, font: FONT, bold: true, size: 36 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `（依据《深圳经济特区中小企业发展促进条例（征求意见稿）》第六条；数据截至 ${r.asOf}）`, font: FONT, size: 21 })] }),
  ];
  for (const s of r.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [new TextRun({ text: s.headingZh, font: FONT, bold: true, size: 28 })] }));
    for (const p of s.paragraphs) children.push(new Paragraph({ indent: { firstLine: 480 }, spacing: { after: 80 }, children: [new TextRun({ text: p, font: FONT, size: 24 })] }));
    for (const t of s.tables) children.push(...table(t));
  }
  children.push(new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: `数据来源与口径：各项指标的定义、公式和数据截至日期见统计指标说明：${r.sources.map((x) => indicatorById(x.indicatorId)?.nameZh ?? '').filter(Boolean).join('、')}（截至 ${r.asOf}）。`, font: FONT, size: 18, color: '666666' })] }));
  const doc = new Document({ creator: 'Huiqi', title: r.titleZh, sections: [{ children }] });
  return Packer.toBuffer(doc);
}
