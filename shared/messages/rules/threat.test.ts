import { describe, expect, it } from 'vitest';
import { itChecksExamples } from './test-support.ts';
import { threatRule } from './threat.ts';

describe('threatRule', () => {
  itChecksExamples(threatRule, {
    zh: [
      '我知道你的店铺地址，别想躲',
      '要不要我去接你孩子放学呀',
      '你给我等着',
      '到时候别怪我们不客气',
      '晚上回家小心点',
      '你们店都别想营业了',
      '再拖就让你躺进棺材',
      '你再拖着不还，小心哪天出门被车撞了。',
      '再不还钱我就找人收拾你',
      '信不信我打断你的腿',
      '不还钱就让你好看',
      '小心你的家人',
      '今晚就去你家门口泼红油漆',
      '明天砸你家门',
      '最近出门小心点',
      '我们已经知道你家住在哪里了',
      '你女儿在哪个学校上学我们都知道',
      '我们会找几个兄弟上门好好跟你聊聊',
      '想死是吧',
      '你等着瞧，不会放过你的',
      '再装死就让你吃不了兜着走',
      '晚上睡觉小心点',
      '你儿子在哪读书我们一清二楚',
      '再不还钱，你家玻璃就别想要了',
      '你信不信我让人弄你',
      '我们的人已经在你家楼下了，你自己看着办',
      '不还钱就让你在公司待不下去',
      '不还钱你全家都不得安宁',
      '你全家都会不得好死',
      '你儿子在XX小学三年级二班吧，放学我们可以去接他',
      '你家楼下那辆白色的车不错',
      '孩子上学路上注意安全',
      '刀刀刀 你等着',
    ],
    zhHant: ['你再不還錢，我就找人打斷你的腿', '她們每天上下學走哪條路我都清楚'],
    en: [
      'We know where you live. Pay now.',
      'Pay today or else.',
      'Watch your back.',
      'We will break your legs if you do not pay.',
      'Something bad might happen to your family.',
      'We will send people to your house.',
    ],
    negatives: [
      '你等着收法院传票吧',
      '请您注意出行安全',
      '您的车贷已逾期，请尽快还款',
      '您名下的房贷本月已扣款成功',
      '我知道你在忙，但请今天安排还款。',
      '请小心点击不明链接，谨防诈骗。',
      '我们不会采取任何暴力手段，请放心。',
      '如遇威胁、恐吓，请保存证据并拨打110报警。',
      '您的借款已逾期，逾期将产生罚息，请尽快还款。',
      '我们会继续打你电话提醒还款。',
      '外访人员路上堵车，会晚点到。',
      'Late payment may hurt your credit score.',
      'We will never threaten you or your family.',
      '您可以根据自己的情况看着办理分期。',
      '我们的外访人员已到您家门口，请开门沟通。',
      '催收人员如扬言要找人收拾你，请立即报警。',
    ],
  });
});

describe('threat: knowing your address, night visits', () => {
  it('flags a collector who says they have your address, or will send someone at night', async () => {
    const { checkMessage } = await import('../check-message.ts');
    const rules = (text: string) => checkMessage(text).flags.map((f) => f.rule);
    expect(rules('我们已经掌握你家的地址，今晚就有人过去找你')).toContain('threat');
    expect(rules('半夜会有人去你家门口等你')).toContain('threat');
    expect(rules('We know where your kids go to school.')).toEqual(['threat']);
    expect(rules('Your kids will never get into a good school if you keep avoiding us')).toEqual(['false-consequence']);
  });
});
