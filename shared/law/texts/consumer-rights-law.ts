/** 《中华人民共和国消费者权益保护法》: dignity and personal information of consumers. */
import { defineLawText } from '../law-text.ts';

export const consumerRightsLaw = defineLawText({
  id: 'consumer-rights-law',
  title: '消费者权益保护法',
  binding: 'law',
  version: { label: '2013年第二次修正', date: '2013-10-25', inForce: '2014-03-15', marks: ['2013'], current: true },
  source: {
    repo: 'LawRefBook/Laws',
    commit: '2f4c5c23716267af9dbebbbbd6cbbf732b101981',
    paths: ['民法商法/消费者权益保护法(2013-10-25).md'],
  },
  articles: {
    '14': [
      '消费者在购买、使用商品和接受服务时，享有人格尊严、民族风俗习惯得到尊重的权利，享有个人信息依法得到保护的权利。',
    ],
    '29': [
      '经营者收集、使用消费者个人信息，应当遵循合法、正当、必要的原则，明示收集、使用信息的目的、方式和范围，并经消费者同意。经营者收集、使用消费者个人信息，应当公开其收集、使用规则，不得违反法律、法规的规定和双方的约定收集、使用信息。',
      '经营者及其工作人员对收集的消费者个人信息必须严格保密，不得泄露、出售或者非法向他人提供。经营者应当采取技术措施和其他必要措施，确保信息安全，防止消费者个人信息泄露、丢失。在发生或者可能发生信息泄露、丢失的情况时，应当立即采取补救措施。',
      '经营者未经消费者同意或者请求，或者消费者明确表示拒绝的，不得向其发送商业性信息。',
    ],
  },
});
