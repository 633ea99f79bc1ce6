package com.salesworkbench.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.provisioning.ClientProfile;
import com.salesworkbench.provisioning.Provisioning;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import javax.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Feature office in the running program: the POI bundle resolves when a client has it, and XLSX (user model,
 * streaming writer, SAX reader) and DOCX work inside Felix with no particular thread context class loader,
 * which proves XMLBeans finds its schema type system through the bundle's own class loader.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PoiIT {

    @Inject
    private BundleContext context;

    @Inject
    private Provisioning provisioning;

    @Configuration
    public Option[] config() {
        return Distribution.boot(Distribution.newWorkspace());
    }

    @Test
    public void xlsxAndDocxWorkInsideTheFramework() throws Exception {
        assertTrue(provisioning.awaitIdle(Duration.ofSeconds(60)));
        ClientId office = ClientId.of("office-it");
        provisioning.createClient(ClientProfile.of(office.value(), "Office", "en", List.of("office")));
        assertEquals(List.of(), provisioning.switchTo(office).problems());
        Await.until(Duration.ofSeconds(20), () -> poi() != null && poi().getState() == Bundle.ACTIVE,
                () -> "the POI bundle is active");

        // POI types only in a class of their own: the probe class is verified before the client has the bundle
        RoundTrip.run();
    }

    private Bundle poi() {
        for (Bundle b : context.getBundles()) {
            if ("org.apache.poi".equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    /** XLSX and DOCX written and read back with no thread context class loader. */
    static final class RoundTrip {

        private RoundTrip() {
        }

        static void run() throws Exception {
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(null); // no help from the caller: XMLBeans must find its schemas by itself
            try {
                assertEquals("org.apache.poi", FrameworkUtil.getBundle(XSSFWorkbook.class).getSymbolicName());
                byte[] xlsx;
                try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                    Sheet sheet = wb.createSheet("Plan");
                    CellStyle money = wb.createCellStyle();
                    money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
                    for (int r = 0; r < 3; r++) {
                        Row row = sheet.createRow(r);
                        row.createCell(0).setCellValue("Товар " + r);
                        Cell cell = row.createCell(1);
                        cell.setCellValue(1000.5 * (r + 1));
                        cell.setCellStyle(money);
                    }
                    sheet.createRow(3).createCell(1).setCellFormula("SUM(B1:B3)");
                    sheet.createFreezePane(0, 1);
                    wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
                    wb.write(out);
                    xlsx = out.toByteArray();
                }
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                    Sheet sheet = wb.getSheet("Plan");
                    assertEquals("Товар 2", sheet.getRow(2).getCell(0).getStringCellValue());
                    assertEquals("SUM(B1:B3)", sheet.getRow(3).getCell(1).getCellFormula());
                    assertEquals(6003.0, sheet.getRow(3).getCell(1).getNumericCellValue(), 1e-9);
                    assertEquals("#,##0.00", sheet.getRow(0).getCell(1).getCellStyle().getDataFormatString());
                }
                try (org.apache.poi.openxml4j.opc.OPCPackage pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(new ByteArrayInputStream(xlsx))) {
                    XSSFReader reader = new XSSFReader(pkg);
                    assertTrue(reader.getSheetsData().hasNext());
                    assertTrue(reader.getSharedStringsTable().getCount() >= 3);
                }
                try (Workbook wb = new SXSSFWorkbook(10); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                    Sheet sheet = wb.createSheet("Big");
                    for (int r = 0; r < 100; r++) {
                        sheet.createRow(r).createCell(0).setCellValue(r);
                    }
                    wb.write(out);
                    try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                        assertEquals(99.0, back.getSheet("Big").getRow(99).getCell(0).getNumericCellValue(), 0.0);
                    }
                }
                try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                    doc.createParagraph().createRun().setText("Отчёт 报告");
                    doc.write(out);
                    try (XWPFDocument back = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
                        assertEquals("Отчёт 报告", back.getParagraphs().get(0).getText());
                    }
                }
            } finally {
                thread.setContextClassLoader(before);
            }
        }
    }
}
