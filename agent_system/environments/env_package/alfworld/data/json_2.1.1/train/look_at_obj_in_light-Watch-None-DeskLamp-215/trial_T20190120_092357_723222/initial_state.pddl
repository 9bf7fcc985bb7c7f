(define (problem plan_trial_T20190120_092357_723222)
    (:domain alfred)
    (:objects
        agent1 - agent
        BookType - otype
        ButterKnifeType - otype
        DeskLampType - otype
        KnifeType - otype
        StatueType - otype
        TissueBoxType - otype
        WatchType - otype
        CabinetType - rtype
        CoffeeTableType - rtype
        DresserType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        SofaType - rtype
        Watch_bar__plus_01_dot_15_bar__plus_00_dot_56_bar__plus_01_dot_71 - object
        Watch_bar__plus_02_dot_27_bar__plus_02_dot_13_bar__plus_03_dot_01 - object
        TissueBox_bar__plus_01_dot_23_bar__plus_02_dot_10_bar__plus_01_dot_08 - object
        Statue_bar__plus_02_dot_21_bar__plus_03_dot_24_bar__minus_00_dot_91 - object
        Book_bar__plus_01_dot_15_bar__plus_02_dot_11_bar__plus_02_dot_54 - object
        DeskLamp_bar__plus_00_dot_45_bar__plus_00_dot_69_bar__minus_03_dot_17 - object
        Cabinet_bar__minus_03_dot_07_bar__plus_02_dot_15_bar__minus_00_dot_46 - receptacle
        Cabinet_bar__minus_01_dot_53_bar__plus_01_dot_90_bar__minus_00_dot_06 - receptacle
        CoffeeTable_bar__plus_00_dot_04_bar__plus_00_dot_50_bar__plus_02_dot_17 - receptacle
        Dresser_bar__plus_02_dot_34_bar__plus_02_dot_04_bar__minus_01_dot_32 - receptacle
        GarbageCan_bar__minus_00_dot_05_bar__plus_00_dot_47_bar__plus_00_dot_64 - receptacle
        Shelf_bar__minus_03_dot_37_bar__plus_02_dot_30_bar__minus_00_dot_32 - receptacle
        SideTable_bar__plus_00_dot_86_bar__plus_01_dot_78_bar__minus_00_dot_60 - receptacle
        Sofa_bar__plus_03_dot_02_bar__plus_00_dot_19_bar__minus_02_dot_93 - receptacle
        loc_bar_0_bar_9_bar_2_bar_30 - location
        loc_bar_1_bar_9_bar_3_bar_0 - location
        loc_bar_1_bar__minus_8_bar_3_bar_0 - location
        loc_bar_4_bar_8_bar_1_bar_60 - location
        loc_bar_6_bar__minus_2_bar_1_bar_60 - location
        loc_bar_9_bar_3_bar_0_bar_30 - location
        loc_bar__minus_1_bar_6_bar_3_bar_30 - location
        loc_bar__minus_2_bar__minus_1_bar_0_bar_0 - location
        loc_bar__minus_3_bar_1_bar_2_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar_6_bar__minus_2_bar_1_bar_60)
        (receptacleType Cabinet_bar__minus_03_dot_07_bar__plus_02_dot_15_bar__minus_00_dot_46 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_03_dot_07_bar__plus_02_dot_15_bar__minus_00_dot_46 loc_bar_1_bar__minus_8_bar_3_bar_0)
        (openable Cabinet_bar__minus_03_dot_07_bar__plus_02_dot_15_bar__minus_00_dot_46)
        (receptacleType Cabinet_bar__minus_01_dot_53_bar__plus_01_dot_90_bar__minus_00_dot_06 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_53_bar__plus_01_dot_90_bar__minus_00_dot_06 loc_bar_1_bar_9_bar_3_bar_0)
        (openable Cabinet_bar__minus_01_dot_53_bar__plus_01_dot_90_bar__minus_00_dot_06)
        (receptacleType CoffeeTable_bar__plus_00_dot_04_bar__plus_00_dot_50_bar__plus_02_dot_17 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__plus_00_dot_04_bar__plus_00_dot_50_bar__plus_02_dot_17 loc_bar__minus_1_bar_6_bar_3_bar_30)
        (receptacleType Dresser_bar__plus_02_dot_34_bar__plus_02_dot_04_bar__minus_01_dot_32 DresserType)
        (receptacleAtLocation Dresser_bar__plus_02_dot_34_bar__plus_02_dot_04_bar__minus_01_dot_32 loc_bar__minus_2_bar__minus_1_bar_0_bar_0)
        (receptacleType GarbageCan_bar__minus_00_dot_05_bar__plus_00_dot_47_bar__plus_00_dot_64 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_00_dot_05_bar__plus_00_dot_47_bar__plus_00_dot_64 loc_bar_4_bar_8_bar_1_bar_60)
        (receptacleType Shelf_bar__minus_03_dot_37_bar__plus_02_dot_30_bar__minus_00_dot_32 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_03_dot_37_bar__plus_02_dot_30_bar__minus_00_dot_32 loc_bar_0_bar_9_bar_2_bar_30)
        (receptacleType SideTable_bar__plus_00_dot_86_bar__plus_01_dot_78_bar__minus_00_dot_60 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_00_dot_86_bar__plus_01_dot_78_bar__minus_00_dot_60 loc_bar__minus_3_bar_1_bar_2_bar__minus_30)
        (receptacleType Sofa_bar__plus_03_dot_02_bar__plus_00_dot_19_bar__minus_02_dot_93 SofaType)
        (receptacleAtLocation Sofa_bar__plus_03_dot_02_bar__plus_00_dot_19_bar__minus_02_dot_93 loc_bar_9_bar_3_bar_0_bar_30)
        (objectType Watch_bar__plus_01_dot_15_bar__plus_00_dot_56_bar__plus_01_dot_71 WatchType)
        (pickupable Watch_bar__plus_01_dot_15_bar__plus_00_dot_56_bar__plus_01_dot_71)
        (inReceptacle Watch_bar__plus_01_dot_15_bar__plus_00_dot_56_bar__plus_01_dot_71 Shelf_bar__minus_03_dot_37_bar__plus_02_dot_30_bar__minus_00_dot_32)
        (objectAtLocation Watch_bar__plus_01_dot_15_bar__plus_00_dot_56_bar__plus_01_dot_71 loc_bar_0_bar_9_bar_2_bar_30)
        (objectType Watch_bar__plus_02_dot_27_bar__plus_02_dot_13_bar__plus_03_dot_01 WatchType)
        (pickupable Watch_bar__plus_02_dot_27_bar__plus_02_dot_13_bar__plus_03_dot_01)
        (inReceptacle Watch_bar__plus_02_dot_27_bar__plus_02_dot_13_bar__plus_03_dot_01 SideTable_bar__plus_00_dot_86_bar__plus_01_dot_78_bar__minus_00_dot_60)
        (objectAtLocation Watch_bar__plus_02_dot_27_bar__plus_02_dot_13_bar__plus_03_dot_01 loc_bar__minus_3_bar_1_bar_2_bar__minus_30)
        (objectType TissueBox_bar__plus_01_dot_23_bar__plus_02_dot_10_bar__plus_01_dot_08 TissueBoxType)
        (pickupable TissueBox_bar__plus_01_dot_23_bar__plus_02_dot_10_bar__plus_01_dot_08)
        (inReceptacle TissueBox_bar__plus_01_dot_23_bar__plus_02_dot_10_bar__plus_01_dot_08 Cabinet_bar__minus_01_dot_53_bar__plus_01_dot_90_bar__minus_00_dot_06)
        (objectAtLocation TissueBox_bar__plus_01_dot_23_bar__plus_02_dot_10_bar__plus_01_dot_08 loc_bar_1_bar_9_bar_3_bar_0)
        (objectType Statue_bar__plus_02_dot_21_bar__plus_03_dot_24_bar__minus_00_dot_91 StatueType)
        (pickupable Statue_bar__plus_02_dot_21_bar__plus_03_dot_24_bar__minus_00_dot_91)
        (inReceptacle Statue_bar__plus_02_dot_21_bar__plus_03_dot_24_bar__minus_00_dot_91 Shelf_bar__minus_03_dot_37_bar__plus_02_dot_30_bar__minus_00_dot_32)
        (objectAtLocation Statue_bar__plus_02_dot_21_bar__plus_03_dot_24_bar__minus_00_dot_91 loc_bar_0_bar_9_bar_2_bar_30)
        (objectType Book_bar__plus_01_dot_15_bar__plus_02_dot_11_bar__plus_02_dot_54 BookType)
        (pickupable Book_bar__plus_01_dot_15_bar__plus_02_dot_11_bar__plus_02_dot_54)
        (inReceptacle Book_bar__plus_01_dot_15_bar__plus_02_dot_11_bar__plus_02_dot_54 Shelf_bar__minus_03_dot_37_bar__plus_02_dot_30_bar__minus_00_dot_32)
        (objectAtLocation Book_bar__plus_01_dot_15_bar__plus_02_dot_11_bar__plus_02_dot_54 loc_bar_0_bar_9_bar_2_bar_30)
        (objectType DeskLamp_bar__plus_00_dot_45_bar__plus_00_dot_69_bar__minus_03_dot_17 DeskLampType)
        (toggleable DeskLamp_bar__plus_00_dot_45_bar__plus_00_dot_69_bar__minus_03_dot_17)
        (inReceptacle DeskLamp_bar__plus_00_dot_45_bar__plus_00_dot_69_bar__minus_03_dot_17 Dresser_bar__plus_02_dot_34_bar__plus_02_dot_04_bar__minus_01_dot_32)
        (objectAtLocation DeskLamp_bar__plus_00_dot_45_bar__plus_00_dot_69_bar__minus_03_dot_17 loc_bar__minus_2_bar__minus_1_bar_0_bar_0)
        (canContain CabinetType BookType)
        (canContain CabinetType TissueBoxType)
        (canContain CoffeeTableType BookType)
        (canContain CoffeeTableType StatueType)
        (canContain CoffeeTableType TissueBoxType)
        (canContain CoffeeTableType WatchType)
        (canContain DresserType BookType)
        (canContain DresserType StatueType)
        (canContain DresserType TissueBoxType)
        (canContain DresserType WatchType)
        (canContain GarbageCanType TissueBoxType)
        (canContain ShelfType BookType)
        (canContain ShelfType StatueType)
        (canContain ShelfType TissueBoxType)
        (canContain ShelfType WatchType)
        (canContain SideTableType BookType)
        (canContain SideTableType StatueType)
        (canContain SideTableType TissueBoxType)
        (canContain SideTableType WatchType)
        (canContain SofaType BookType)
    )
(:goal
             (and
                 (exists (?ot - object
                          ?r - receptacle
                          ?a - agent
                          ?l - location)
                     (and
                         (objectType ?ot DeskLampType)
                         (toggleable ?ot)
                         (isToggled ?ot)
                         (receptacleAtLocation ?r ?l)
                         (atLocation ?a ?l)
                         (inReceptacle ?ot ?r)
                     )
                 )
                 (exists (?o - object
                          ?a - agent)
                     (and
                         (objectType ?o WatchType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
