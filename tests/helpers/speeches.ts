// Made-up speeches shared by tests (regression tests, never an estimate of real speeches).

/** Detection finds no themes here: two paragraphs should be themes, three sentences points. */
export const WRONGLY_DETECTED = [
  '关于加强机关作风建设的几点体会',
  '同志们：',
  '今天我结合自己的工作，谈几点体会，不当之处请大家批评指正。',
  '作风建设永远在路上。我们必须坚持问题导向，把解决突出问题作为切入点。机关干部要带头转变作风，做到表里如一。',
  '服务群众是根本。我们把群众的事放在心上，是机关的本分。窗口单位还需提高办事效率，少让群众跑腿。',
  '以上是我的几点体会，请大家批评指正。',
].join('\n');
