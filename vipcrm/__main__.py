from vipcrm.cli import main

raise SystemExit(main())
