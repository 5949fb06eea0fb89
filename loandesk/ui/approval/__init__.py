"""贷款审批 tab: approval queue and case screen, contracts (preview/print/sign), disbursement, products."""
