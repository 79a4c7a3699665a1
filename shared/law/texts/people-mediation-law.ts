/** 《中华人民共和国人民调解法》: people's mediation is free, its agreements bind, and a court can confirm them. */
import { defineLawText } from '../law-text.ts';

export const peopleMediationLaw = defineLawText({
  id: 'people-mediation-law',
  title: '人民调解法',
  binding: 'law',
  version: { label: '2010年通过', date: '2010-08-28', inForce: '2011-01-01', marks: ['2010'], current: true },
  source: {
    repo: 'LawRefBook/Laws',
    commit: '2f4c5c23716267af9dbebbbbd6cbbf732b101981',
    paths: ['诉讼与非诉讼程序法/人民调解法(2010-08-28).md'],
  },
  articles: {
    '4': ['人民调解委员会调解民间纠纷，不收取任何费用。'],
    '31': [
      '经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。',
      '人民调解委员会应当对调解协议的履行情况进行监督，督促当事人履行约定的义务。',
    ],
    '33': [
      '经人民调解委员会调解达成调解协议后，双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认，人民法院应当及时对调解协议进行审查，依法确认调解协议的效力。',
      '人民法院依法确认调解协议有效，一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院申请强制执行。',
    ],
  },
});
