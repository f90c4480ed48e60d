// Word lists for a generated Chinese industry conference. Every term carries
// its English so a bilingual title is a translation, not a second draw.
// Brands and places are made up: a benchmark must not put words in the mouth
// of a real company.

export interface Term {
  zh: string;
  en: string;
  slug: string;
}

const terms = (rows: Array<[string, string, string]>): Term[] => rows.map(([zh, en, slug]) => ({ zh, en, slug }));

export const technologies = terms([
  ["大模型", "Large Models", "llm"],
  ["生成式人工智能", "Generative AI", "genai"],
  ["智能体", "AI Agents", "agents"],
  ["多模态", "Multimodal AI", "multimodal"],
  ["云原生", "Cloud Native", "cloud-native"],
  ["边缘计算", "Edge Computing", "edge"],
  ["隐私计算", "Privacy Computing", "privacy"],
  ["数字孪生", "Digital Twins", "digital-twin"],
  ["区块链", "Blockchain", "blockchain"],
  ["低代码", "Low-Code", "low-code"],
  ["知识图谱", "Knowledge Graphs", "knowledge-graph"],
  ["具身智能", "Embodied AI", "embodied-ai"],
  ["量子计算", "Quantum Computing", "quantum"],
  ["RISC-V", "RISC-V", "risc-v"],
  ["6G通信", "6G Networks", "6g"],
  ["卫星互联网", "Satellite Internet", "satellite"],
  ["工业互联网", "Industrial Internet", "industrial-internet"],
  ["数据要素", "Data as an Asset", "data"],
  ["算力网络", "Computing Power Networks", "computing-power"],
  ["开源软件", "Open Source Software", "open-source"],
  ["自动驾驶", "Autonomous Driving", "autonomous-driving"],
  ["智能芯片", "AI Chips", "ai-chips"],
  ["网络安全", "Cybersecurity", "security"],
  ["机器人", "Robotics", "robotics"],
]);

export const domains = terms([
  ["制造业", "Manufacturing", "manufacturing"],
  ["金融", "Finance", "finance"],
  ["医疗健康", "Healthcare", "healthcare"],
  ["教育", "Education", "education"],
  ["能源电力", "Energy", "energy"],
  ["交通出行", "Mobility", "mobility"],
  ["零售消费", "Retail", "retail"],
  ["政务服务", "Public Services", "public-services"],
  ["农业", "Agriculture", "agriculture"],
  ["文化旅游", "Culture and Tourism", "tourism"],
  ["城市治理", "Urban Governance", "cities"],
  ["物流", "Logistics", "logistics"],
  ["媒体", "Media", "media"],
  ["汽车", "Automotive", "automotive"],
  ["通信", "Telecommunications", "telecom"],
  ["航空航天", "Aerospace", "aerospace"],
]);

export const aspects = terms([
  ["实践与思考", "Practice and Lessons", "practice"],
  ["落地路径", "Paths to Production", "paths"],
  ["架构演进", "Architecture Evolution", "architecture"],
  ["挑战与机遇", "Challenges and Opportunities", "challenges"],
  ["安全与治理", "Security and Governance", "governance"],
  ["规模化部署", "Deployment at Scale", "scale"],
  ["成本优化", "Cost Optimization", "cost"],
  ["标准体系建设", "Building Standards", "standards"],
  ["性能调优", "Performance Tuning", "performance"],
  ["生态共建", "Building the Ecosystem", "ecosystem"],
  ["创新应用", "New Applications", "applications"],
  ["关键技术", "Key Technologies", "key-technologies"],
  ["评测方法", "Evaluation Methods", "evaluation"],
  ["人才培养", "Growing Talent", "talent"],
]);

export const trackColors = ["#4f46e5", "#0891b2", "#059669", "#d97706", "#dc2626", "#7c3aed", "#db2777", "#2563eb", "#65a30d", "#ea580c", "#0d9488", "#9333ea"];

export const surnames = [..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤"].concat(["欧阳", "司马", "上官"]);
export const givenNameCharacters = [..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚华建文辉玲鹏宇浩凯晨欣思雨子梓轩然博琳婷雪佳嘉怡睿志海波峰斌俊帆云龙飞鑫丹颖倩阳亮林琦晶悦哲航毅诚晓立新天成荣永昊翔泽彤蕾薇璐瑶逸安宁远舟源"];
export const foreignFirstNames = ["David", "Sarah", "Michael", "Emma", "James", "Laura", "Daniel", "Anna", "Thomas", "Maria", "Peter", "Julia", "Robert", "Sophie", "Martin", "Elena", "Lucas", "Nina", "Kenji", "Yuki", "Priya", "Arjun", "Min-jun", "Olivia"];
export const foreignLastNames = ["Miller", "Schmidt", "Johnson", "Dubois", "Rossi", "Tanaka", "Kim", "Müller", "Garcia", "Novak", "Sato", "Kumar", "Andersen", "Silva", "Nakamura", "Fischer", "Brown", "Weber", "Costa", "Jansen"];

export const brands = terms([
  ["星河", "Xinghe", "xinghe"], ["天衡", "Tianheng", "tianheng"], ["云帆", "Yunfan", "yunfan"], ["启元", "Qiyuan", "qiyuan"],
  ["澜图", "Lantu", "lantu"], ["衡宇", "Hengyu", "hengyu"], ["朗深", "Langshen", "langshen"], ["新维", "Xinwei", "xinwei"],
  ["博远", "Boyuan", "boyuan"], ["清越", "Qingyue", "qingyue"], ["瀚海", "Hanhai", "hanhai"], ["鸿途", "Hongtu", "hongtu"],
  ["明镜", "Mingjing", "mingjing"], ["青禾", "Qinghe", "qinghe"], ["知行", "Zhixing", "zhixing"], ["弘毅", "Hongyi", "hongyi"],
  ["凌云", "Lingyun", "lingyun"], ["海岳", "Haiyue", "haiyue"], ["翼联", "Yilian", "yilian"], ["睿思", "Ruisi", "ruisi"],
  ["晨曦", "Chenxi", "chenxi"], ["山河", "Shanhe", "shanhe"], ["拓疆", "Tuojiang", "tuojiang"], ["数衍", "Shuyan", "shuyan"],
]);

export const companyKinds = terms([
  ["智能科技有限公司", "Intelligent Technology Co., Ltd.", "ai"],
  ["信息技术股份有限公司", "Information Technology Co., Ltd.", "it"],
  ["数据科技有限公司", "Data Technology Co., Ltd.", "data"],
  ["半导体有限公司", "Semiconductor Co., Ltd.", "chips"],
  ["网络安全技术有限公司", "Cybersecurity Co., Ltd.", "security"],
  ["云计算有限公司", "Cloud Computing Co., Ltd.", "cloud"],
  ["机器人有限公司", "Robotics Co., Ltd.", "robotics"],
  ["新能源科技有限公司", "New Energy Technology Co., Ltd.", "energy"],
]);

export const regions = terms([
  ["华东", "East China", "east"], ["华南", "South China", "south"], ["华北", "North China", "north"], ["西部", "Western China", "west"],
  ["长三角", "Yangtze Delta", "delta"], ["粤港澳", "Greater Bay", "bay"], ["京津冀", "Jing-Jin-Ji", "jjj"],
]);

export const institutes = terms([
  ["人工智能研究院", "Institute for Artificial Intelligence", "ai"],
  ["数据科学研究院", "Institute of Data Science", "data"],
  ["智能计算实验室", "Intelligent Computing Laboratory", "computing"],
  ["网络空间安全研究院", "Institute of Cyberspace Security", "security"],
  ["先进制造研究院", "Institute of Advanced Manufacturing", "manufacturing"],
]);

export const universities = terms([
  ["东海理工大学", "Donghai University of Technology", "donghai"], ["南山科技大学", "Nanshan University of Science and Technology", "nanshan"],
  ["北辰大学", "Beichen University", "beichen"], ["江城信息工程大学", "Jiangcheng University of Information Engineering", "jiangcheng"],
  ["长风交通大学", "Changfeng Jiaotong University", "changfeng"], ["云岭大学", "Yunling University", "yunling"],
]);

export const positions = terms([
  ["首席技术官", "CTO", "cto"], ["首席执行官", "CEO", "ceo"], ["副总裁", "Vice President", "vp"], ["技术总监", "Technical Director", "director"],
  ["首席科学家", "Chief Scientist", "scientist"], ["研究员", "Research Fellow", "fellow"], ["高级工程师", "Senior Engineer", "engineer"],
  ["产品总监", "Product Director", "product"], ["创始人", "Founder", "founder"], ["首席架构师", "Chief Architect", "architect"],
]);
export const academicPositions = terms([["教授", "Professor", "professor"], ["副教授", "Associate Professor", "associate"], ["院长", "Dean", "dean"]]);
