/** The hedges written just before a number (约42.16亿元, 近800人, 突破1000人次), longest first: 约为 before 约. */
export const prefixHedges = ['将近', '接近', '大约', '超过', '突破', '约为', '约', '近', '超', '逾'] as const;
