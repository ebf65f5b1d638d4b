package io.github.calicobgp.bird;

import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.peering.FilterRef;
import java.util.List;

/**
 * A peer's {@code import filter} and {@code export filter} blocks ({@code buildImportFilter} and
 * {@code buildExportFilter}, confd/pkg/backends/calico/bgp_processor.go): the calls
 * to its BGPFilters around Calico's fixed local-preference and metric handling. The fixed parts
 * depend only on the family's normal route priority P, so they are built once per file.
 */
final class PeerFilterBodies {

  private static final String IMPORT_OPEN = "\n  import filter {\n    ";
  private static final String BODY_LINE = "\n    ";
  private static final String EXPORT_INTERNAL =
      "\n    calico_export_to_bgp_peers(true);\n    reject;\n  };"
          + "  # Only want to export routes for workloads.";
  private static final String EXPORT_EXTERNAL =
      "\n    calico_export_to_bgp_peers(false);\n    reject;\n  };"
          + "  # Only want to export routes for workloads.";

  private final IPFamily family;
  private final FilterNames names;
  private final String importTail;
  private final String exportHead;
  /** Both blocks of a peer without BGPFilters, iBGP and eBGP: most peers, every mesh peer. */
  private final String unfilteredInternal;
  private final String unfilteredExternal;

  PeerFilterBodies(IPFamily family, int normalRoutePriority, FilterNames names) {
    this.family = family;
    this.names = names;
    long priority = normalRoutePriority;
    importTail =
        "if (defined(bgp_local_pref)&&(bgp_local_pref > "
            + (FilterRuleStatement.BIRD_INT_MAX - priority)
            + ")) then\n      preference = 200;\n    accept;\n  };";
    exportHead =
        "\n  export filter {"
            + "\n    if (defined(source) && source = RTS_BGP && defined(bgp_local_pref)) then {"
            + "\n      krt_metric = 2147483647 - bgp_local_pref;"
            + "\n    } else {"
            + "\n      if (!defined(krt_metric)) then { krt_metric = "
            + priority
            + "; }"
            + "\n      bgp_local_pref = 2147483647 - krt_metric;"
            + "\n    }";
    unfilteredInternal = IMPORT_OPEN + importTail + exportHead + EXPORT_INTERNAL;
    unfilteredExternal = IMPORT_OPEN + importTail + exportHead + EXPORT_EXTERNAL;
  }

  /** Appends the import and the export block. */
  void append(TextBuffer out, List<FilterRef> imports, List<FilterRef> exports, boolean sameAS) {
    if (imports.isEmpty() && exports.isEmpty()) {
      out.add(sameAS ? unfilteredInternal : unfilteredExternal);
    } else {
      appendImport(out, imports, sameAS);
      appendExport(out, exports, sameAS);
    }
  }

  /** Appends the import block: the filter calls, then the override preference and accept. */
  private void appendImport(TextBuffer out, List<FilterRef> filters, boolean sameAS) {
    out.add(IMPORT_OPEN);
    for (FilterRef filter : filters) {
      call(out, filter, FilterDirection.IMPORT, sameAS);
      out.add(BODY_LINE);
    }
    out.add(importTail);
  }

  /** Appends the export block: metric handling, the filter calls, then Calico's export rules. */
  private void appendExport(TextBuffer out, List<FilterRef> filters, boolean sameAS) {
    out.add(exportHead);
    for (FilterRef filter : filters) {
      out.add(BODY_LINE);
      call(out, filter, FilterDirection.EXPORT, sameAS);
    }
    out.add(sameAS ? EXPORT_INTERNAL : EXPORT_EXTERNAL);
  }

  private void call(TextBuffer out, FilterRef filter, FilterDirection direction, boolean sameAS) {
    names.append(out, filter.filterName(), direction, family);
    out.add(!filter.takesPeerType() ? "();" : sameAS ? "(true);" : "(false);");
  }
}
