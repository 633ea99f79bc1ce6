package com.salesworkbench.io.internal;

import com.salesworkbench.io.ImportKind;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.DocumentType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Column mappings: the proposal from the headers (names in English, Russian and Chinese), and the mappings a
 * client confirmed, remembered per kind in the client's workspace ({@code io/mappings/<kind>}) and keyed by
 * the file's header row, so the next file of the same layout is proposed the confirmed mapping.
 */
final class Mappings {

    /** The mapping value that marks wide history: the period columns hold the values. */
    static final String PERIOD_COLUMNS = "@columns";

    /** The remembered mappings of one kind: normalised header row to mapping (field to header). */
    record Remembered(Map<String, Map<String, String>> byHeaders) {
        Remembered {
            byHeaders = new TreeMap<>(byHeaders);
        }
    }

    static final DocumentType<Remembered> TYPE = DocumentType.of("io-mapping", Remembered.class);

    private static final Map<String, List<String>> SYNONYMS = new LinkedHashMap<>();

    static {
        syn("series_id", "series_id", "series", "seriesid", "sku", "item", "товар", "серия", "ряд", "артикул", "系列", "商品");
        syn("ds", "ds", "date", "month", "period", "дата", "месяц", "период", "日期", "月份", "期间");
        syn("y", "y", "value", "sales", "qty", "quantity", "volume", "revenue", "значение", "продажи", "выручка",
                "объем", "объём", "销售额", "销量", "数值");
        syn("period", "period", "month", "date", "ds", "период", "месяц", "дата", "期间", "月份", "日期");
        syn("profit_centre", "profit_centre", "profit_center", "profitcentre", "profitcenter", "pc", "цфо",
                "центр прибыли", "利润中心");
        syn("product", "product", "товар", "продукт", "产品", "商品");
        syn("manager", "manager", "менеджер", "经理");
        syn("client", "client", "клиент", "客户");
        syn("units", "units", "qty", "quantity", "шт", "штук", "количество", "数量");
        syn("amount", "amount", "sum", "money", "revenue", "value", "сумма", "выручка", "金额", "销售额");
        syn("id", "id", "deal", "deal_id", "opportunity", "сделка", "编号");
        syn("rep", "rep", "manager", "owner", "salesperson", "менеджер", "продавец", "销售员", "负责人");
        syn("customer", "customer", "client", "account", "клиент", "покупатель", "客户");
        syn("stage", "stage", "этап", "стадия", "阶段");
        syn("probability", "probability", "prob", "вероятность", "概率");
        syn("close", "close", "close_month", "close_date", "закрытие", "дата закрытия", "成交日期", "成交月份");
        syn("status", "status", "статус", "状态");
        syn("created", "created", "создана", "дата создания", "创建日期");
        syn("closed", "closed", "закрыта", "дата закрытия факт", "关闭日期");
    }

    private Mappings() {
    }

    private static void syn(String field, String... names) {
        SYNONYMS.put(field, List.of(names));
    }

    static String normalise(String header) {
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replace('-', '_').replace('ё', 'е');
    }

    /** Proposes a mapping field -> header: first exact header names, then synonyms; each header used once. */
    static Map<String, String> propose(ImportKind kind, List<String> headers) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> used = new ArrayList<>();
        for (ImportKind.Field f : kind.fields()) {
            for (String h : headers) {
                if (!used.contains(h) && normalise(h).equals(f.name())) {
                    out.put(f.name(), h);
                    used.add(h);
                    break;
                }
            }
        }
        for (ImportKind.Field f : kind.fields()) {
            if (out.containsKey(f.name())) {
                continue;
            }
            for (String name : SYNONYMS.getOrDefault(f.name(), List.of())) {
                String hit = null;
                for (String h : headers) {
                    if (!used.contains(h) && normalise(h).replace(' ', '_').equals(name.replace(' ', '_'))) {
                        hit = h;
                        break;
                    }
                }
                if (hit != null) {
                    out.put(f.name(), hit);
                    used.add(hit);
                    break;
                }
            }
        }
        return out;
    }

    static String key(List<String> headers) {
        List<String> n = new ArrayList<>();
        for (String h : headers) {
            n.add(normalise(h));
        }
        return String.join("|", n);
    }

    static String document(ImportKind kind) {
        return "io/mappings/" + kind.id();
    }

    /** The client's confirmed mapping for this header row, if any. */
    static Map<String, String> remembered(ClientWorkspace client, ImportKind kind, List<String> headers) {
        if (client == null) {
            return null;
        }
        Map<String, String> saved = client.find(document(kind), TYPE).map(r -> r.byHeaders().get(key(headers))).orElse(null);
        if (saved == null) {
            return null;
        }
        // the headers matched as normalised ("Period" and "period"): map to this file's own spelling of them
        Map<String, String> out = new java.util.LinkedHashMap<>();
        saved.forEach((field, header) -> out.put(field, headers.stream()
                .filter(h -> normalise(h).equals(normalise(header))).findFirst().orElse(header)));
        return out;
    }

    static Remembered remember(ClientWorkspace client, ImportKind kind, List<String> headers, Map<String, String> mapping) {
        Map<String, Map<String, String>> all = new TreeMap<>(client.find(document(kind), TYPE)
                .map(Remembered::byHeaders).orElse(Map.of()));
        all.put(key(headers), new TreeMap<>(mapping));
        return new Remembered(all);
    }
}
