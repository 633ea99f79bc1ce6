package com.salesworkbench.strategy;

/** An entry of the risk register: probability and impact 1-5, mitigation and owner. */
public record Risk(int id, RiskKind kind, String text, int probability, int impact, String mitigation, String owner) {

    public Risk {
        mitigation = mitigation == null ? "" : mitigation;
        owner = owner == null ? "" : owner;
        for (int v : new int[] {probability, impact}) {
            if (v < 1 || v > 5) {
                throw new StrategyException("error.riskScale", "Risk probability and impact are 1-5, not " + v, v);
            }
        }
    }

    public int exposure() {
        return probability * impact;
    }
}
