// Cash on delivery named: "代收货款", "货到付款", "COD", "cash on delivery" (one pattern for every reader of it).
export const COD = /代收(货款|貨款|款)?|[货貨]到付款|\bcod\b|\bc\.o\.d\b|\bcash[- ]on[- ]delivery\b/i;
