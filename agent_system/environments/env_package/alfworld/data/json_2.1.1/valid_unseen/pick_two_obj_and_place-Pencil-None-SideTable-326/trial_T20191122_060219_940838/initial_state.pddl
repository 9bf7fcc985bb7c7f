(define (problem plan_trial_T20191122_060219_940838)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        CellPhoneType - otype
        DeskLampType - otype
        KnifeType - otype
        MugType - otype
        PenType - otype
        PencilType - otype
        WatchType - otype
        BedType - rtype
        DeskType - rtype
        DrawerType - rtype
        DresserType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SafeType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        Pencil_bar__plus_00_dot_32_bar__plus_01_dot_79_bar__minus_03_dot_17 - object
        Pencil_bar__minus_01_dot_78_bar__plus_02_dot_82_bar__plus_02_dot_10 - object
        Pencil_bar__minus_00_dot_16_bar__plus_00_dot_79_bar__plus_03_dot_35 - object
        Pen_bar__minus_00_dot_09_bar__plus_03_dot_45_bar__plus_02_dot_70 - object
        Mug_bar__minus_00_dot_96_bar__plus_02_dot_43_bar__minus_03_dot_05 - object
        Watch_bar__minus_02_dot_73_bar__plus_02_dot_63_bar__plus_01_dot_43 - object
        CellPhone_bar__minus_02_dot_20_bar__plus_00_dot_82_bar__minus_02_dot_96 - object
        DeskLamp_bar__minus_01_dot_40_bar__plus_00_dot_32_bar__plus_02_dot_95 - object
        Bed_bar__minus_02_dot_98_bar__plus_02_dot_12_bar__plus_03_dot_47 - receptacle
        Desk_bar__plus_01_dot_20_bar__plus_03_dot_46_bar__minus_01_dot_88 - receptacle
        Drawer_bar__minus_02_dot_14_bar__plus_01_dot_69_bar__plus_01_dot_77 - receptacle
        Dresser_bar__plus_00_dot_71_bar__plus_02_dot_23_bar__minus_03_dot_05 - receptacle
        GarbageCan_bar__minus_00_dot_36_bar__plus_01_dot_96_bar__plus_02_dot_16 - receptacle
        Safe_bar__plus_00_dot_42_bar__plus_01_dot_66_bar__minus_03_dot_33 - receptacle
        SideTable_bar__plus_00_dot_68_bar__plus_00_dot_84_bar__minus_03_dot_10 - receptacle
        SideTable_bar__plus_01_dot_88_bar__plus_03_dot_31_bar__plus_02_dot_90 - receptacle
        loc_bar_0_bar_0_bar_1_bar_15 - location
        loc_bar_1_bar_2_bar_3_bar_45 - location
        loc_bar_4_bar__minus_8_bar_0_bar_60 - location
        loc_bar_5_bar_8_bar_1_bar__minus_30 - location
        loc_bar_8_bar_3_bar_3_bar_0 - location
        loc_bar__minus_1_bar_0_bar_2_bar_45 - location
        loc_bar__minus_1_bar_7_bar_3_bar_15 - location
        loc_bar__minus_2_bar__minus_7_bar_2_bar_60 - location
        loc_bar__minus_7_bar_5_bar_3_bar_45 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_1_bar_7_bar_3_bar_15)
        (receptacleType Bed_bar__minus_02_dot_98_bar__plus_02_dot_12_bar__plus_03_dot_47 BedType)
        (receptacleAtLocation Bed_bar__minus_02_dot_98_bar__plus_02_dot_12_bar__plus_03_dot_47 loc_bar__minus_1_bar_0_bar_2_bar_45)
        (receptacleType Desk_bar__plus_01_dot_20_bar__plus_03_dot_46_bar__minus_01_dot_88 DeskType)
        (receptacleAtLocation Desk_bar__plus_01_dot_20_bar__plus_03_dot_46_bar__minus_01_dot_88 loc_bar_1_bar_2_bar_3_bar_45)
        (receptacleType Drawer_bar__minus_02_dot_14_bar__plus_01_dot_69_bar__plus_01_dot_77 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_14_bar__plus_01_dot_69_bar__plus_01_dot_77 loc_bar__minus_7_bar_5_bar_3_bar_45)
        (openable Drawer_bar__minus_02_dot_14_bar__plus_01_dot_69_bar__plus_01_dot_77)
        (receptacleType Dresser_bar__plus_00_dot_71_bar__plus_02_dot_23_bar__minus_03_dot_05 DresserType)
        (receptacleAtLocation Dresser_bar__plus_00_dot_71_bar__plus_02_dot_23_bar__minus_03_dot_05 loc_bar_5_bar_8_bar_1_bar__minus_30)
        (receptacleType GarbageCan_bar__minus_00_dot_36_bar__plus_01_dot_96_bar__plus_02_dot_16 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_00_dot_36_bar__plus_01_dot_96_bar__plus_02_dot_16 loc_bar_4_bar__minus_8_bar_0_bar_60)
        (receptacleType Safe_bar__plus_00_dot_42_bar__plus_01_dot_66_bar__minus_03_dot_33 SafeType)
        (receptacleAtLocation Safe_bar__plus_00_dot_42_bar__plus_01_dot_66_bar__minus_03_dot_33 loc_bar_8_bar_3_bar_3_bar_0)
        (openable Safe_bar__plus_00_dot_42_bar__plus_01_dot_66_bar__minus_03_dot_33)
        (receptacleType SideTable_bar__plus_00_dot_68_bar__plus_00_dot_84_bar__minus_03_dot_10 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_00_dot_68_bar__plus_00_dot_84_bar__minus_03_dot_10 loc_bar__minus_2_bar__minus_7_bar_2_bar_60)
        (receptacleType SideTable_bar__plus_01_dot_88_bar__plus_03_dot_31_bar__plus_02_dot_90 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_01_dot_88_bar__plus_03_dot_31_bar__plus_02_dot_90 loc_bar_0_bar_0_bar_1_bar_15)
        (objectType Pencil_bar__plus_00_dot_32_bar__plus_01_dot_79_bar__minus_03_dot_17 PencilType)
        (pickupable Pencil_bar__plus_00_dot_32_bar__plus_01_dot_79_bar__minus_03_dot_17)
        (inReceptacle Pencil_bar__plus_00_dot_32_bar__plus_01_dot_79_bar__minus_03_dot_17 GarbageCan_bar__minus_00_dot_36_bar__plus_01_dot_96_bar__plus_02_dot_16)
        (objectAtLocation Pencil_bar__plus_00_dot_32_bar__plus_01_dot_79_bar__minus_03_dot_17 loc_bar_4_bar__minus_8_bar_0_bar_60)
        (objectType Pencil_bar__minus_01_dot_78_bar__plus_02_dot_82_bar__plus_02_dot_10 PencilType)
        (pickupable Pencil_bar__minus_01_dot_78_bar__plus_02_dot_82_bar__plus_02_dot_10)
        (inReceptacle Pencil_bar__minus_01_dot_78_bar__plus_02_dot_82_bar__plus_02_dot_10 Dresser_bar__plus_00_dot_71_bar__plus_02_dot_23_bar__minus_03_dot_05)
        (objectAtLocation Pencil_bar__minus_01_dot_78_bar__plus_02_dot_82_bar__plus_02_dot_10 loc_bar_5_bar_8_bar_1_bar__minus_30)
        (objectType Pencil_bar__minus_00_dot_16_bar__plus_00_dot_79_bar__plus_03_dot_35 PencilType)
        (pickupable Pencil_bar__minus_00_dot_16_bar__plus_00_dot_79_bar__plus_03_dot_35)
        (inReceptacle Pencil_bar__minus_00_dot_16_bar__plus_00_dot_79_bar__plus_03_dot_35 Drawer_bar__minus_02_dot_14_bar__plus_01_dot_69_bar__plus_01_dot_77)
        (objectAtLocation Pencil_bar__minus_00_dot_16_bar__plus_00_dot_79_bar__plus_03_dot_35 loc_bar__minus_7_bar_5_bar_3_bar_45)
        (objectType Pen_bar__minus_00_dot_09_bar__plus_03_dot_45_bar__plus_02_dot_70 PenType)
        (pickupable Pen_bar__minus_00_dot_09_bar__plus_03_dot_45_bar__plus_02_dot_70)
        (inReceptacle Pen_bar__minus_00_dot_09_bar__plus_03_dot_45_bar__plus_02_dot_70 SideTable_bar__plus_00_dot_68_bar__plus_00_dot_84_bar__minus_03_dot_10)
        (objectAtLocation Pen_bar__minus_00_dot_09_bar__plus_03_dot_45_bar__plus_02_dot_70 loc_bar__minus_2_bar__minus_7_bar_2_bar_60)
        (objectType Mug_bar__minus_00_dot_96_bar__plus_02_dot_43_bar__minus_03_dot_05 MugType)
        (pickupable Mug_bar__minus_00_dot_96_bar__plus_02_dot_43_bar__minus_03_dot_05)
        (cleanable Mug_bar__minus_00_dot_96_bar__plus_02_dot_43_bar__minus_03_dot_05)
        (heatable Mug_bar__minus_00_dot_96_bar__plus_02_dot_43_bar__minus_03_dot_05)
        (coolable Mug_bar__minus_00_dot_96_bar__plus_02_dot_43_bar__minus_03_dot_05)
        (inReceptacle Mug_bar__minus_00_dot_96_bar__plus_02_dot_43_bar__minus_03_dot_05 SideTable_bar__plus_01_dot_88_bar__plus_03_dot_31_bar__plus_02_dot_90)
        (objectAtLocation Mug_bar__minus_00_dot_96_bar__plus_02_dot_43_bar__minus_03_dot_05 loc_bar_0_bar_0_bar_1_bar_15)
        (objectType Watch_bar__minus_02_dot_73_bar__plus_02_dot_63_bar__plus_01_dot_43 WatchType)
        (pickupable Watch_bar__minus_02_dot_73_bar__plus_02_dot_63_bar__plus_01_dot_43)
        (inReceptacle Watch_bar__minus_02_dot_73_bar__plus_02_dot_63_bar__plus_01_dot_43 Safe_bar__plus_00_dot_42_bar__plus_01_dot_66_bar__minus_03_dot_33)
        (objectAtLocation Watch_bar__minus_02_dot_73_bar__plus_02_dot_63_bar__plus_01_dot_43 loc_bar_8_bar_3_bar_3_bar_0)
        (objectType CellPhone_bar__minus_02_dot_20_bar__plus_00_dot_82_bar__minus_02_dot_96 CellPhoneType)
        (pickupable CellPhone_bar__minus_02_dot_20_bar__plus_00_dot_82_bar__minus_02_dot_96)
        (inReceptacle CellPhone_bar__minus_02_dot_20_bar__plus_00_dot_82_bar__minus_02_dot_96 Drawer_bar__minus_02_dot_14_bar__plus_01_dot_69_bar__plus_01_dot_77)
        (objectAtLocation CellPhone_bar__minus_02_dot_20_bar__plus_00_dot_82_bar__minus_02_dot_96 loc_bar__minus_7_bar_5_bar_3_bar_45)
        (objectType DeskLamp_bar__minus_01_dot_40_bar__plus_00_dot_32_bar__plus_02_dot_95 DeskLampType)
        (toggleable DeskLamp_bar__minus_01_dot_40_bar__plus_00_dot_32_bar__plus_02_dot_95)
        (inReceptacle DeskLamp_bar__minus_01_dot_40_bar__plus_00_dot_32_bar__plus_02_dot_95 Dresser_bar__plus_00_dot_71_bar__plus_02_dot_23_bar__minus_03_dot_05)
        (objectAtLocation DeskLamp_bar__minus_01_dot_40_bar__plus_00_dot_32_bar__plus_02_dot_95 loc_bar_5_bar_8_bar_1_bar__minus_30)
        (canContain BedType CellPhoneType)
        (canContain DeskType CellPhoneType)
        (canContain DeskType MugType)
        (canContain DeskType PenType)
        (canContain DeskType PencilType)
        (canContain DeskType WatchType)
        (canContain DrawerType CellPhoneType)
        (canContain DrawerType PenType)
        (canContain DrawerType PencilType)
        (canContain DrawerType WatchType)
        (canContain DresserType CellPhoneType)
        (canContain DresserType MugType)
        (canContain DresserType PenType)
        (canContain DresserType PencilType)
        (canContain DresserType WatchType)
        (canContain GarbageCanType PenType)
        (canContain GarbageCanType PencilType)
        (canContain SafeType CellPhoneType)
        (canContain SafeType WatchType)
        (canContain SideTableType CellPhoneType)
        (canContain SideTableType MugType)
        (canContain SideTableType PenType)
        (canContain SideTableType PencilType)
        (canContain SideTableType WatchType)
    )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 PencilType)
                                    (receptacleType ?r SideTableType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 PencilType)
                                            (receptacleType ?r SideTableType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
