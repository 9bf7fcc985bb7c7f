(define (problem plan_trial_T20190120_080019_922872)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        CandleType - otype
        CellPhoneType - otype
        DeskLampType - otype
        KnifeType - otype
        LaptopType - otype
        NewspaperType - otype
        PillowType - otype
        StatueType - otype
        CabinetType - rtype
        CoffeeTableType - rtype
        DrawerType - rtype
        DresserType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        SofaType - rtype
        CellPhone_bar__minus_00_dot_44_bar__plus_01_dot_61_bar__minus_02_dot_49 - object
        CellPhone_bar__plus_01_dot_90_bar__plus_01_dot_53_bar__plus_01_dot_88 - object
        Statue_bar__minus_01_dot_80_bar__plus_00_dot_41_bar__plus_02_dot_56 - object
        Candle_bar__minus_03_dot_16_bar__plus_00_dot_61_bar__minus_01_dot_64 - object
        Newspaper_bar__minus_02_dot_92_bar__plus_00_dot_30_bar__plus_01_dot_94 - object
        Laptop_bar__plus_01_dot_69_bar__plus_00_dot_19_bar__minus_02_dot_05 - object
        Pillow_bar__minus_01_dot_42_bar__plus_00_dot_26_bar__plus_01_dot_90 - object
        DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_57_bar__plus_02_dot_72 - object
        Cabinet_bar__plus_01_dot_22_bar__plus_02_dot_85_bar__minus_00_dot_42 - receptacle
        CoffeeTable_bar__plus_00_dot_24_bar__plus_02_dot_82_bar__minus_02_dot_22 - receptacle
        Drawer_bar__plus_01_dot_81_bar__plus_03_dot_23_bar__plus_00_dot_43 - receptacle
        Dresser_bar__minus_03_dot_30_bar__plus_01_dot_04_bar__minus_02_dot_71 - receptacle
        SideTable_bar__minus_00_dot_02_bar__plus_02_dot_40_bar__plus_03_dot_27 - receptacle
        Sofa_bar__plus_00_dot_62_bar__plus_00_dot_23_bar__minus_02_dot_41 - receptacle
        loc_bar_4_bar_9_bar_0_bar_30 - location
        loc_bar_5_bar__minus_2_bar_1_bar_45 - location
        loc_bar_6_bar__minus_5_bar_2_bar__minus_30 - location
        loc_bar_7_bar_6_bar_2_bar_30 - location
        loc_bar__minus_3_bar_3_bar_1_bar_60 - location
        loc_bar__minus_7_bar_3_bar_2_bar__minus_30 - location
        loc_bar__minus_8_bar_0_bar_2_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar_5_bar__minus_2_bar_1_bar_45)
        (receptacleType Cabinet_bar__plus_01_dot_22_bar__plus_02_dot_85_bar__minus_00_dot_42 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_22_bar__plus_02_dot_85_bar__minus_00_dot_42 loc_bar_6_bar__minus_5_bar_2_bar__minus_30)
        (openable Cabinet_bar__plus_01_dot_22_bar__plus_02_dot_85_bar__minus_00_dot_42)
        (receptacleType CoffeeTable_bar__plus_00_dot_24_bar__plus_02_dot_82_bar__minus_02_dot_22 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__plus_00_dot_24_bar__plus_02_dot_82_bar__minus_02_dot_22 loc_bar_4_bar_9_bar_0_bar_30)
        (receptacleType Drawer_bar__plus_01_dot_81_bar__plus_03_dot_23_bar__plus_00_dot_43 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_81_bar__plus_03_dot_23_bar__plus_00_dot_43 loc_bar__minus_3_bar_3_bar_1_bar_60)
        (openable Drawer_bar__plus_01_dot_81_bar__plus_03_dot_23_bar__plus_00_dot_43)
        (receptacleType Dresser_bar__minus_03_dot_30_bar__plus_01_dot_04_bar__minus_02_dot_71 DresserType)
        (receptacleAtLocation Dresser_bar__minus_03_dot_30_bar__plus_01_dot_04_bar__minus_02_dot_71 loc_bar_7_bar_6_bar_2_bar_30)
        (receptacleType SideTable_bar__minus_00_dot_02_bar__plus_02_dot_40_bar__plus_03_dot_27 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_00_dot_02_bar__plus_02_dot_40_bar__plus_03_dot_27 loc_bar__minus_8_bar_0_bar_2_bar__minus_30)
        (receptacleType Sofa_bar__plus_00_dot_62_bar__plus_00_dot_23_bar__minus_02_dot_41 SofaType)
        (receptacleAtLocation Sofa_bar__plus_00_dot_62_bar__plus_00_dot_23_bar__minus_02_dot_41 loc_bar__minus_7_bar_3_bar_2_bar__minus_30)
        (objectType CellPhone_bar__minus_00_dot_44_bar__plus_01_dot_61_bar__minus_02_dot_49 CellPhoneType)
        (pickupable CellPhone_bar__minus_00_dot_44_bar__plus_01_dot_61_bar__minus_02_dot_49)
        (inReceptacle CellPhone_bar__minus_00_dot_44_bar__plus_01_dot_61_bar__minus_02_dot_49 CoffeeTable_bar__plus_00_dot_24_bar__plus_02_dot_82_bar__minus_02_dot_22)
        (objectAtLocation CellPhone_bar__minus_00_dot_44_bar__plus_01_dot_61_bar__minus_02_dot_49 loc_bar_4_bar_9_bar_0_bar_30)
        (objectType CellPhone_bar__plus_01_dot_90_bar__plus_01_dot_53_bar__plus_01_dot_88 CellPhoneType)
        (pickupable CellPhone_bar__plus_01_dot_90_bar__plus_01_dot_53_bar__plus_01_dot_88)
        (inReceptacle CellPhone_bar__plus_01_dot_90_bar__plus_01_dot_53_bar__plus_01_dot_88 CoffeeTable_bar__plus_00_dot_24_bar__plus_02_dot_82_bar__minus_02_dot_22)
        (objectAtLocation CellPhone_bar__plus_01_dot_90_bar__plus_01_dot_53_bar__plus_01_dot_88 loc_bar_4_bar_9_bar_0_bar_30)
        (objectType Statue_bar__minus_01_dot_80_bar__plus_00_dot_41_bar__plus_02_dot_56 StatueType)
        (pickupable Statue_bar__minus_01_dot_80_bar__plus_00_dot_41_bar__plus_02_dot_56)
        (inReceptacle Statue_bar__minus_01_dot_80_bar__plus_00_dot_41_bar__plus_02_dot_56 Dresser_bar__minus_03_dot_30_bar__plus_01_dot_04_bar__minus_02_dot_71)
        (objectAtLocation Statue_bar__minus_01_dot_80_bar__plus_00_dot_41_bar__plus_02_dot_56 loc_bar_7_bar_6_bar_2_bar_30)
        (objectType Candle_bar__minus_03_dot_16_bar__plus_00_dot_61_bar__minus_01_dot_64 CandleType)
        (pickupable Candle_bar__minus_03_dot_16_bar__plus_00_dot_61_bar__minus_01_dot_64)
        (inReceptacle Candle_bar__minus_03_dot_16_bar__plus_00_dot_61_bar__minus_01_dot_64 SideTable_bar__minus_00_dot_02_bar__plus_02_dot_40_bar__plus_03_dot_27)
        (objectAtLocation Candle_bar__minus_03_dot_16_bar__plus_00_dot_61_bar__minus_01_dot_64 loc_bar__minus_8_bar_0_bar_2_bar__minus_30)
        (objectType Newspaper_bar__minus_02_dot_92_bar__plus_00_dot_30_bar__plus_01_dot_94 NewspaperType)
        (pickupable Newspaper_bar__minus_02_dot_92_bar__plus_00_dot_30_bar__plus_01_dot_94)
        (inReceptacle Newspaper_bar__minus_02_dot_92_bar__plus_00_dot_30_bar__plus_01_dot_94 Dresser_bar__minus_03_dot_30_bar__plus_01_dot_04_bar__minus_02_dot_71)
        (objectAtLocation Newspaper_bar__minus_02_dot_92_bar__plus_00_dot_30_bar__plus_01_dot_94 loc_bar_7_bar_6_bar_2_bar_30)
        (objectType Laptop_bar__plus_01_dot_69_bar__plus_00_dot_19_bar__minus_02_dot_05 LaptopType)
        (pickupable Laptop_bar__plus_01_dot_69_bar__plus_00_dot_19_bar__minus_02_dot_05)
        (inReceptacle Laptop_bar__plus_01_dot_69_bar__plus_00_dot_19_bar__minus_02_dot_05 CoffeeTable_bar__plus_00_dot_24_bar__plus_02_dot_82_bar__minus_02_dot_22)
        (objectAtLocation Laptop_bar__plus_01_dot_69_bar__plus_00_dot_19_bar__minus_02_dot_05 loc_bar_4_bar_9_bar_0_bar_30)
        (objectType Pillow_bar__minus_01_dot_42_bar__plus_00_dot_26_bar__plus_01_dot_90 PillowType)
        (pickupable Pillow_bar__minus_01_dot_42_bar__plus_00_dot_26_bar__plus_01_dot_90)
        (inReceptacle Pillow_bar__minus_01_dot_42_bar__plus_00_dot_26_bar__plus_01_dot_90 Sofa_bar__plus_00_dot_62_bar__plus_00_dot_23_bar__minus_02_dot_41)
        (objectAtLocation Pillow_bar__minus_01_dot_42_bar__plus_00_dot_26_bar__plus_01_dot_90 loc_bar__minus_7_bar_3_bar_2_bar__minus_30)
        (objectType DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_57_bar__plus_02_dot_72 DeskLampType)
        (toggleable DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_57_bar__plus_02_dot_72)
        (inReceptacle DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_57_bar__plus_02_dot_72 Dresser_bar__minus_03_dot_30_bar__plus_01_dot_04_bar__minus_02_dot_71)
        (objectAtLocation DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_57_bar__plus_02_dot_72 loc_bar_7_bar_6_bar_2_bar_30)
        (canContain CabinetType CandleType)
        (canContain CabinetType NewspaperType)
        (canContain CoffeeTableType CandleType)
        (canContain CoffeeTableType CellPhoneType)
        (canContain CoffeeTableType LaptopType)
        (canContain CoffeeTableType NewspaperType)
        (canContain CoffeeTableType StatueType)
        (canContain DrawerType CandleType)
        (canContain DrawerType CellPhoneType)
        (canContain DrawerType NewspaperType)
        (canContain DresserType CandleType)
        (canContain DresserType CellPhoneType)
        (canContain DresserType LaptopType)
        (canContain DresserType NewspaperType)
        (canContain DresserType StatueType)
        (canContain SideTableType CandleType)
        (canContain SideTableType CellPhoneType)
        (canContain SideTableType LaptopType)
        (canContain SideTableType NewspaperType)
        (canContain SideTableType StatueType)
        (canContain SofaType CellPhoneType)
        (canContain SofaType LaptopType)
        (canContain SofaType NewspaperType)
        (canContain SofaType PillowType)
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
                         (objectType ?o CellPhoneType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
