/**
 * The SPC reply on the scope of the new private-lending provisions (法释〔2020〕27号): microloan companies and
 * six other kinds of locally supervised lenders are financial institutions, outside the 4×LPR provisions.
 * A short text in points: citations quote it without an article number.
 */
import { defineLawText } from '../law-text.ts';

export const privateLendingReply = defineLawText({
  id: 'private-lending-reply',
  title: '最高人民法院关于新民间借贷司法解释适用范围问题的批复',
  number: '法释〔2020〕27号',
  binding: 'judicial-interpretation',
  version: { label: '2020年通过', date: '2020-11-09', inForce: '2021-01-01', marks: ['2020'], current: true },
  source: {
    repo: 'LawRefBook/Laws',
    commit: '2f4c5c23716267af9dbebbbbd6cbbf732b101981',
    paths: ['司法解释/最高人民法院关于新民间借贷司法解释适用范围问题的批复.md'],
    note: 'points 一 to 三 kept as 1 to 3, without their numbers',
  },
  numbering: 'points',
  articles: {
    '1': [
      '关于适用范围问题。经征求金融监管部门意见，由地方金融监管部门监管的小额贷款公司、融资担保公司、区域性股权市场、典当行、融资租赁公司、商业保理公司、地方资产管理公司等七类地方金融组织，属于经金融监管部门批准设立的金融机构，其因从事相关金融业务引发的纠纷，不适用新民间借贷司法解释。',
    ],
    '2': [
      '其它两问题已在修订后的司法解释中予以明确，请遵照执行。',
    ],
    '3': [
      '本批复自2021年1月1日起施行。',
    ],
  },
});
