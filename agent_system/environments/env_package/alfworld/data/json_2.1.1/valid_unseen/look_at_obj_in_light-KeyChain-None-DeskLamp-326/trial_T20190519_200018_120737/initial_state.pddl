(define (problem plan_trial_T20190519_200018_120737)
    (:domain alfred)
    (:objects
        agent1 - agent
        BaseballBatType - otype
        ButterKnifeType - otype
        DeskLampType - otype
        KeyChainType - otype
        KnifeType - otype
        MugType - otype
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
        KeyChain_bar__plus_01_dot_74_bar__plus_01_dot_13_bar__plus_01_dot_05 - object
        BaseballBat_bar__minus_02_dot_94_bar__plus_01_dot_41_bar__minus_00_dot_39 - object
        Mug_bar__minus_01_dot_31_bar__plus_01_dot_63_bar__plus_03_dot_29 - object
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
        loc_bar_8_bar__minus_9_bar_3_bar_0 - location
        loc_bar__minus_1_bar_0_bar_2_bar_45 - location
        loc_bar__minus_2_bar__minus_7_bar_2_bar_60 - location
        loc_bar__minus_7_bar_5_bar_3_bar_45 - location
    )
    (:init
        (atLocation agent1 loc_bar_8_bar__minus_9_bar_3_bar_0)
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
        (objectType KeyChain_bar__plus_01_dot_74_bar__plus_01_dot_13_bar__plus_01_dot_05 KeyChainType)
        (pickupable KeyChain_bar__plus_01_dot_74_bar__plus_01_dot_13_bar__plus_01_dot_05)
        (inReceptacle KeyChain_bar__plus_01_dot_74_bar__plus_01_dot_13_bar__plus_01_dot_05 Drawer_bar__minus_02_dot_14_bar__plus_01_dot_69_bar__plus_01_dot_77)
        (objectAtLocation KeyChain_bar__plus_01_dot_74_bar__plus_01_dot_13_bar__plus_01_dot_05 loc_bar__minus_7_bar_5_bar_3_bar_45)
        (objectType BaseballBat_bar__minus_02_dot_94_bar__plus_01_dot_41_bar__minus_00_dot_39 BaseballBatType)
        (pickupable BaseballBat_bar__minus_02_dot_94_bar__plus_01_dot_41_bar__minus_00_dot_39)
        (inReceptacle BaseballBat_bar__minus_02_dot_94_bar__plus_01_dot_41_bar__minus_00_dot_39 Bed_bar__minus_02_dot_98_bar__plus_02_dot_12_bar__plus_03_dot_47)
        (objectAtLocation BaseballBat_bar__minus_02_dot_94_bar__plus_01_dot_41_bar__minus_00_dot_39 loc_bar__minus_1_bar_0_bar_2_bar_45)
        (objectType Mug_bar__minus_01_dot_31_bar__plus_01_dot_63_bar__plus_03_dot_29 MugType)
        (pickupable Mug_bar__minus_01_dot_31_bar__plus_01_dot_63_bar__plus_03_dot_29)
        (cleanable Mug_bar__minus_01_dot_31_bar__plus_01_dot_63_bar__plus_03_dot_29)
        (heatable Mug_bar__minus_01_dot_31_bar__plus_01_dot_63_bar__plus_03_dot_29)
        (coolable Mug_bar__minus_01_dot_31_bar__plus_01_dot_63_bar__plus_03_dot_29)
        (inReceptacle Mug_bar__minus_01_dot_31_bar__plus_01_dot_63_bar__plus_03_dot_29 Dresser_bar__plus_00_dot_71_bar__plus_02_dot_23_bar__minus_03_dot_05)
        (objectAtLocation Mug_bar__minus_01_dot_31_bar__plus_01_dot_63_bar__plus_03_dot_29 loc_bar_5_bar_8_bar_1_bar__minus_30)
        (objectType DeskLamp_bar__minus_01_dot_40_bar__plus_00_dot_32_bar__plus_02_dot_95 DeskLampType)
        (toggleable DeskLamp_bar__minus_01_dot_40_bar__plus_00_dot_32_bar__plus_02_dot_95)
        (inReceptacle DeskLamp_bar__minus_01_dot_40_bar__plus_00_dot_32_bar__plus_02_dot_95 Dresser_bar__plus_00_dot_71_bar__plus_02_dot_23_bar__minus_03_dot_05)
        (objectAtLocation DeskLamp_bar__minus_01_dot_40_bar__plus_00_dot_32_bar__plus_02_dot_95 loc_bar_5_bar_8_bar_1_bar__minus_30)
        (canContain BedType BaseballBatType)
        (canContain DeskType KeyChainType)
        (canContain DeskType MugType)
        (canContain DrawerType KeyChainType)
        (canContain DresserType KeyChainType)
        (canContain DresserType MugType)
        (canContain SafeType KeyChainType)
        (canContain SideTableType BaseballBatType)
        (canContain SideTableType KeyChainType)
        (canContain SideTableType MugType)
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
                         (objectType ?o KeyChainType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
