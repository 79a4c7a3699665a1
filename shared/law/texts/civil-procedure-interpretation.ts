/** The SPC interpretation of the Civil Procedure Law (2022 amendment): answer periods in simplified and small-claims procedure. */
import { defineLawText } from '../law-text.ts';

export const civilProcedureInterpretation = defineLawText({
  id: 'civil-procedure-interpretation',
  title: '最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释',
  number: '法释〔2022〕11号',
  binding: 'judicial-interpretation',
  version: { label: '2022年修正', date: '2022-03-22', inForce: '2022-04-10', marks: ['2022'], current: true },
  source: {
    repo: 'LawRefBook/Laws',
    commit: '2f4c5c23716267af9dbebbbbd6cbbf732b101981',
    paths: ['司法解释/最高人民法院关于适用《民事诉讼法》的解释(2022-04-01).md'],
  },
  articles: {
    '266': [
      '适用简易程序案件的举证期限由人民法院确定，也可以由当事人协商一致并经人民法院准许，但不得超过十五日。被告要求书面答辩的，人民法院可在征得其同意的基础上，合理确定答辩期间。',
      '人民法院应当将举证期限和开庭日期告知双方当事人，并向当事人说明逾期举证以及拒不到庭的法律后果，由双方当事人在笔录和开庭传票的送达回证上签名或者捺印。',
      '当事人双方均表示不需要举证期限、答辩期间的，人民法院可以立即开庭审理或者确定开庭日期。',
    ],
    '275': [
      '小额诉讼案件的举证期限由人民法院确定，也可以由当事人协商一致并经人民法院准许，但一般不超过七日。',
      '被告要求书面答辩的，人民法院可以在征得其同意的基础上合理确定答辩期间，但最长不得超过十五日。',
      '当事人到庭后表示不需要举证期限和答辩期间的，人民法院可立即开庭审理。',
    ],
  },
});
