(define (problem plan_trial_T20190215_063945_427234)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        DeskLampType - otype
        KnifeType - otype
        LaptopType - otype
        PenType - otype
        TennisRacketType - otype
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
        Pen_bar__minus_02_dot_18_bar__plus_00_dot_64_bar__minus_02_dot_27 - object
        Pen_bar__plus_00_dot_87_bar__plus_01_dot_60_bar__plus_01_dot_69 - object
        Laptop_bar__minus_02_dot_93_bar__plus_02_dot_88_bar__plus_02_dot_41 - object
        TennisRacket_bar__plus_01_dot_71_bar__plus_02_dot_82_bar__minus_01_dot_84 - object
        DeskLamp_bar__minus_00_dot_16_bar__plus_02_dot_26_bar__minus_01_dot_16 - object
        Bed_bar__plus_00_dot_81_bar__plus_01_dot_98_bar__minus_00_dot_76 - receptacle
        Desk_bar__minus_03_dot_08_bar__plus_01_dot_02_bar__minus_02_dot_69 - receptacle
        Drawer_bar__plus_00_dot_57_bar__plus_03_dot_27_bar__plus_02_dot_24 - receptacle
        Dresser_bar__minus_01_dot_30_bar__plus_01_dot_58_bar__minus_02_dot_83 - receptacle
        GarbageCan_bar__plus_03_dot_43_bar__plus_02_dot_59_bar__minus_02_dot_89 - receptacle
        Safe_bar__minus_02_dot_38_bar__plus_00_dot_30_bar__plus_01_dot_80 - receptacle
        SideTable_bar__minus_01_dot_28_bar__plus_00_dot_94_bar__minus_03_dot_39 - receptacle
        SideTable_bar__plus_01_dot_70_bar__plus_02_dot_40_bar__plus_03_dot_21 - receptacle
        loc_bar_6_bar__minus_8_bar_1_bar_45 - location
        loc_bar_7_bar__minus_3_bar_3_bar_30 - location
        loc_bar_8_bar__minus_3_bar_2_bar__minus_30 - location
        loc_bar__minus_1_bar_1_bar_0_bar_30 - location
        loc_bar__minus_4_bar_4_bar_0_bar_0 - location
        loc_bar__minus_5_bar__minus_4_bar_0_bar__minus_30 - location
        loc_bar__minus_7_bar__minus_1_bar_0_bar__minus_30 - location
        loc_bar__minus_8_bar_4_bar_1_bar_0 - location
        loc_bar__minus_9_bar_6_bar_0_bar_30 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_9_bar_6_bar_0_bar_30)
        (receptacleType Bed_bar__plus_00_dot_81_bar__plus_01_dot_98_bar__minus_00_dot_76 BedType)
        (receptacleAtLocation Bed_bar__plus_00_dot_81_bar__plus_01_dot_98_bar__minus_00_dot_76 loc_bar_6_bar__minus_8_bar_1_bar_45)
        (receptacleType Desk_bar__minus_03_dot_08_bar__plus_01_dot_02_bar__minus_02_dot_69 DeskType)
        (receptacleAtLocation Desk_bar__minus_03_dot_08_bar__plus_01_dot_02_bar__minus_02_dot_69 loc_bar__minus_5_bar__minus_4_bar_0_bar__minus_30)
        (receptacleType Drawer_bar__plus_00_dot_57_bar__plus_03_dot_27_bar__plus_02_dot_24 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_57_bar__plus_03_dot_27_bar__plus_02_dot_24 loc_bar__minus_1_bar_1_bar_0_bar_30)
        (openable Drawer_bar__plus_00_dot_57_bar__plus_03_dot_27_bar__plus_02_dot_24)
        (receptacleType Dresser_bar__minus_01_dot_30_bar__plus_01_dot_58_bar__minus_02_dot_83 DresserType)
        (receptacleAtLocation Dresser_bar__minus_01_dot_30_bar__plus_01_dot_58_bar__minus_02_dot_83 loc_bar__minus_7_bar__minus_1_bar_0_bar__minus_30)
        (receptacleType GarbageCan_bar__plus_03_dot_43_bar__plus_02_dot_59_bar__minus_02_dot_89 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_03_dot_43_bar__plus_02_dot_59_bar__minus_02_dot_89 loc_bar__minus_4_bar_4_bar_0_bar_0)
        (receptacleType Safe_bar__minus_02_dot_38_bar__plus_00_dot_30_bar__plus_01_dot_80 SafeType)
        (receptacleAtLocation Safe_bar__minus_02_dot_38_bar__plus_00_dot_30_bar__plus_01_dot_80 loc_bar_7_bar__minus_3_bar_3_bar_30)
        (openable Safe_bar__minus_02_dot_38_bar__plus_00_dot_30_bar__plus_01_dot_80)
        (receptacleType SideTable_bar__minus_01_dot_28_bar__plus_00_dot_94_bar__minus_03_dot_39 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_01_dot_28_bar__plus_00_dot_94_bar__minus_03_dot_39 loc_bar_8_bar__minus_3_bar_2_bar__minus_30)
        (receptacleType SideTable_bar__plus_01_dot_70_bar__plus_02_dot_40_bar__plus_03_dot_21 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_01_dot_70_bar__plus_02_dot_40_bar__plus_03_dot_21 loc_bar__minus_8_bar_4_bar_1_bar_0)
        (objectType Pen_bar__minus_02_dot_18_bar__plus_00_dot_64_bar__minus_02_dot_27 PenType)
        (pickupable Pen_bar__minus_02_dot_18_bar__plus_00_dot_64_bar__minus_02_dot_27)
        (inReceptacle Pen_bar__minus_02_dot_18_bar__plus_00_dot_64_bar__minus_02_dot_27 Desk_bar__minus_03_dot_08_bar__plus_01_dot_02_bar__minus_02_dot_69)
        (objectAtLocation Pen_bar__minus_02_dot_18_bar__plus_00_dot_64_bar__minus_02_dot_27 loc_bar__minus_5_bar__minus_4_bar_0_bar__minus_30)
        (objectType Pen_bar__plus_00_dot_87_bar__plus_01_dot_60_bar__plus_01_dot_69 PenType)
        (pickupable Pen_bar__plus_00_dot_87_bar__plus_01_dot_60_bar__plus_01_dot_69)
        (inReceptacle Pen_bar__plus_00_dot_87_bar__plus_01_dot_60_bar__plus_01_dot_69 SideTable_bar__plus_01_dot_70_bar__plus_02_dot_40_bar__plus_03_dot_21)
        (objectAtLocation Pen_bar__plus_00_dot_87_bar__plus_01_dot_60_bar__plus_01_dot_69 loc_bar__minus_8_bar_4_bar_1_bar_0)
        (objectType Laptop_bar__minus_02_dot_93_bar__plus_02_dot_88_bar__plus_02_dot_41 LaptopType)
        (pickupable Laptop_bar__minus_02_dot_93_bar__plus_02_dot_88_bar__plus_02_dot_41)
        (inReceptacle Laptop_bar__minus_02_dot_93_bar__plus_02_dot_88_bar__plus_02_dot_41 Desk_bar__minus_03_dot_08_bar__plus_01_dot_02_bar__minus_02_dot_69)
        (objectAtLocation Laptop_bar__minus_02_dot_93_bar__plus_02_dot_88_bar__plus_02_dot_41 loc_bar__minus_5_bar__minus_4_bar_0_bar__minus_30)
        (objectType TennisRacket_bar__plus_01_dot_71_bar__plus_02_dot_82_bar__minus_01_dot_84 TennisRacketType)
        (pickupable TennisRacket_bar__plus_01_dot_71_bar__plus_02_dot_82_bar__minus_01_dot_84)
        (inReceptacle TennisRacket_bar__plus_01_dot_71_bar__plus_02_dot_82_bar__minus_01_dot_84 SideTable_bar__minus_01_dot_28_bar__plus_00_dot_94_bar__minus_03_dot_39)
        (objectAtLocation TennisRacket_bar__plus_01_dot_71_bar__plus_02_dot_82_bar__minus_01_dot_84 loc_bar_8_bar__minus_3_bar_2_bar__minus_30)
        (objectType DeskLamp_bar__minus_00_dot_16_bar__plus_02_dot_26_bar__minus_01_dot_16 DeskLampType)
        (toggleable DeskLamp_bar__minus_00_dot_16_bar__plus_02_dot_26_bar__minus_01_dot_16)
        (inReceptacle DeskLamp_bar__minus_00_dot_16_bar__plus_02_dot_26_bar__minus_01_dot_16 Dresser_bar__minus_01_dot_30_bar__plus_01_dot_58_bar__minus_02_dot_83)
        (objectAtLocation DeskLamp_bar__minus_00_dot_16_bar__plus_02_dot_26_bar__minus_01_dot_16 loc_bar__minus_7_bar__minus_1_bar_0_bar__minus_30)
        (canContain BedType LaptopType)
        (canContain BedType TennisRacketType)
        (canContain DeskType LaptopType)
        (canContain DeskType PenType)
        (canContain DeskType TennisRacketType)
        (canContain DrawerType PenType)
        (canContain DresserType LaptopType)
        (canContain DresserType PenType)
        (canContain DresserType TennisRacketType)
        (canContain GarbageCanType PenType)
        (canContain SideTableType LaptopType)
        (canContain SideTableType PenType)
        (canContain SideTableType TennisRacketType)
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
                         (objectType ?o PenType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
